package org.entente.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads raw lines of bytes, keeping at most {@code cap} bytes of any line (the rest is counted and
 * skipped), so that one huge line cannot exhaust the heap. Lines end at {@code \n}; a {@code \r}
 * before it is dropped. Decoding is separate ({@link #decode}) so that invalid UTF-8 can be reported
 * for the line it is in.
 */
final class LineReader implements Closeable {

    /** One line as read. {@code bytes} holds at most the cap; {@code size} is the line's full length. */
    record Line(long number, byte[] bytes, long size) {
        boolean truncated() {
            return size > bytes.length;
        }

        boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                    return false;
                }
            }
            return true;
        }

        boolean hasNul() {
            for (byte b : bytes) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Invalid UTF-8 in a line, at byte {@code offset} (0-based) of it. */
    static final class MalformedException extends Exception {
        final int offset;
        final int value;

        MalformedException(int offset, int value) {
            super("invalid UTF-8 at byte " + (offset + 1), null, false, false);
            this.offset = offset;
            this.value = value;
        }
    }

    private final InputStream in;
    private int cap;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private long number;
    private byte[] line = new byte[1024];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int cap) {
        this.in = in;
        this.cap = cap;
    }

    /** Sets how many bytes of a line are kept (at least 1). */
    void cap(int bytes) {
        this.cap = Math.max(1, bytes);
    }

    /**
     * Up to {@code n} bytes from the current position, without consuming them ({@code n} must not exceed
     * the buffer size). Fewer at the end of input, and fewer when a read brings a complete line, so that
     * a slow pipe is not kept waiting for {@code n} bytes.
     */
    byte[] peek(int n) throws IOException {
        if (end - pos < n && !eof) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
            while (end < n && !eof) {
                int r = in.read(buf, end, buf.length - end);
                if (r < 0) {
                    eof = true;
                } else {
                    end += r;
                    if (hasContentLine()) {
                        break;
                    }
                }
            }
        }
        return Arrays.copyOfRange(buf, pos, pos + Math.min(n, end - pos));
    }

    /** Whether the buffer holds a complete line with something other than white space. */
    private boolean hasContentLine() {
        boolean content = false;
        for (int i = pos; i < end; i++) {
            byte b = buf[i];
            if (b == '\n') {
                if (content) {
                    return true;
                }
            } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
                content = true;
            }
        }
        return false;
    }

    /** Skips {@code n} bytes previously {@linkplain #peek peeked}. */
    void skip(int n) {
        pos += Math.min(n, end - pos);
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        int len = 0;
        long size = 0;
        boolean any = false;
        while (true) {
            if (pos == end) {
                if (eof || !fill()) {
                    break;
                }
            }
            any = true;
            int start = pos;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int n = stop - start;
            int keep = (int) Math.max(0, Math.min(n, cap - size));
            if (keep > 0) {
                if (len + keep > line.length) {
                    line = Arrays.copyOf(line, Math.max(len + keep, Math.min(line.length * 2, cap)));
                }
                System.arraycopy(buf, start, line, len, keep);
                len += keep;
            }
            size += n;
            pos = nl < 0 ? end : nl + 1;
            if (nl >= 0) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (size == len && len > 0 && line[len - 1] == '\r') {
            len--;
            size--;
        }
        return new Line(++number, Arrays.copyOf(line, len), size);
    }

    private boolean fill() throws IOException {
        int r = in.read(buf, 0, buf.length);
        if (r < 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = r;
        return true;
    }

    /** Decodes a line as strict UTF-8. */
    String decode(byte[] bytes) throws MalformedException {
        decoder.reset();
        ByteBuffer src = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(src, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            int at = src.position();
            throw new MalformedException(at, at < bytes.length ? bytes[at] & 0xFF : 0);
        }
        out.flip();
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
