package com.dangjian.ingestion.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which charset a text file really uses. Departments promise one (GB18030 for the finance office's CSV, UTF-8
 * for the study platform) and sometimes send the other. A byte-order mark decides; otherwise the promised
 * charset is tried first, then the others, and the first that decodes the head of the file strictly
 * <em>and</em> yields a recognised header wins (GB18030 decodes most UTF-8 bytes without error, as garbage,
 * so strict decoding alone cannot tell them apart).
 */
public final class Encodings {

    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int HEAD = 64 * 1024;

    private Encodings() {
    }

    public static Charset detect(Path file, Charset promised, Predicate<String> recognisedHeader) {
        byte[] head = head(file);
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        for (Charset candidate : promised.equals(StandardCharsets.UTF_8)
                ? List.of(StandardCharsets.UTF_8, GB18030) : List.of(promised, StandardCharsets.UTF_8)) {
            String text = decode(head, candidate);
            if (text != null && recognisedHeader.test(text.lines().findFirst().orElse(""))) {
                return candidate;
            }
        }
        return promised;
    }

    private static String decode(byte[] head, Charset charset) {
        // The head may end inside a multi-byte character: decode up to the last line break.
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--;
        }
        if (end == 0) {
            end = head.length;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
