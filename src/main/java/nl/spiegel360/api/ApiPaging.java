package nl.spiegel360.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import nl.spiegel360.base.LocalePreference;
import nl.spiegel360.api.ApiModels.Page;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Cursor paging: a page of at most {@code limit} items (1 to 100, 50 when not given) after the cursor, and the
 * cursor of the next page while there is one. A cursor is opaque to the client; it holds the last id of its page.
 */
final class ApiPaging {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    private static final String PREFIX = "v1:";

    private ApiPaging() {
    }

    static int limit(@Nullable Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return limit;
    }

    /** The last id before the page the cursor names; 0 for the first page. */
    static long after(@Nullable String next) {
        if (next == null || next.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(next), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long id = Long.parseLong(text.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new ApiException(HttpStatus.BAD_REQUEST, "next is not a cursor this API gave.");
    }

    /**
     * The page of items read with one more than the limit: the extra item, when there, shows that a next page
     * exists and is not returned.
     */
    static <T, R> Page<R> page(List<T> readOneMore, int limit, ToLongFunction<T> id,
            java.util.function.Function<T, R> map) {
        boolean more = readOneMore.size() > limit;
        List<T> items = more ? readOneMore.subList(0, limit) : readOneMore;
        String next = more ? cursor(id.applyAsLong(items.getLast())) : null;
        return new Page<>(items.stream().map(map).toList(), next);
    }

    static String cursor(long lastId) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + lastId).getBytes(
                StandardCharsets.UTF_8));
    }

    /** The language the client asked for with Accept-Language: English where it prefers it, else Dutch. */
    static Locale language(jakarta.servlet.http.HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? LocalePreference.SUPPORTED.getFirst()
                : LocalePreference.supportedOrDefault(request.getLocale());
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
