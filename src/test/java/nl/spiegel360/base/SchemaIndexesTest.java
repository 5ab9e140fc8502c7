package nl.spiegel360.base;

import static org.assertj.core.api.Assertions.assertThat;

import nl.spiegel360.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The schema as the migrations leave it on PostgreSQL: every foreign key has an index that leads with its columns
 * (deleting a referenced row, or joining along the key, never reads the whole referencing table), and every table has
 * a primary key. A migration that adds a foreign key without its index fails here.
 */
@IntegrationTest
class SchemaIndexesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_foreign_key_has_an_index_that_leads_with_its_columns() {
        assertThat(jdbc.queryForList("""
                select c.conrelid::regclass || '(' || array_to_string(array(
                         select a.attname from unnest(c.conkey) with ordinality k(n, i)
                         join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i), ', ') || ')'
                  from pg_constraint c
                 where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
                   and not exists (select 1 from pg_index i where i.indrelid = c.conrelid
                       and array_to_string((i.indkey::int2[])[0:array_length(c.conkey, 1) - 1], ',')
                           = array_to_string(c.conkey, ','))
                 order by 1""", String.class)).as("foreign keys without an index").isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from pg_constraint where contype = 'f'"
                + " and connamespace = current_schema()::regnamespace", Integer.class)).as("foreign keys checked")
                .isGreaterThan(30);
    }

    @Test
    void every_table_has_a_primary_key() {
        assertThat(jdbc.queryForList("""
                select r.relname from pg_class r
                 where r.relkind = 'r' and r.relnamespace = current_schema()::regnamespace
                   and not exists (select 1 from pg_constraint p where p.conrelid = r.oid and p.contype = 'p')
                 order by 1""", String.class)).as("tables without a primary key").isEmpty();
    }
}
