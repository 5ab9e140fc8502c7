package nl.spiegel360.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an uploaded file as UTF-8 text, strictly: an empty, oversized, binary (a NUL byte) or otherwise encoded
 * file, or one with an invisible control character, is refused with the line where the problem is and a
 * translation key ({@code upload.error.*}).
 */
public final class TextFile {

    /** What an upload holds: its text, or the problem that refused it. */
    public sealed interface Decoded permits Text, Problem {
    }

    /** The file's text, without a byte order mark. */
    public record Text(String text) implements Decoded {
    }

    /** Why the file was refused: the line (0 for the file as a whole), a translation key and its argument. */
    public record Problem(int line, String key, Object argument) implements Decoded {
    }

    private TextFile() {
    }

    public static Decoded decodeUtf8(byte[] content, int maxBytes) {
        if (content.length == 0) {
            return problem(0, "upload.error.empty", "");
        }
        if (content.length > maxBytes) {
            return problem(0, "upload.error.too-large", Math.max(1, maxBytes / (1024 * 1024)));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(content.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return problem(lineAt(content, in.position()), "upload.error.encoding", "");
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        for (int i = 0, line = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == 0) {
                return problem(line, "upload.error.binary", "");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                // one stray character in a text (pasted from elsewhere): named, so that it can be found and removed
                return problem(line, "upload.error.control", String.format("U+%04X", (int) c));
            }
        }
        return new Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    private static int lineAt(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position && i < content.length; i++) {
            if (content[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static Decoded problem(int line, String key, Object argument) {
        return new Problem(line, key, argument);
    }
}
