package com.mirante.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text a compiled class carries: every UTF-8 entry of its constant pool, which holds its name,
 * its fields' and methods' names and types, the names it refers to, its string literals and its
 * annotations' string values (JVM specification, section 4.4). ArchUnit reads no string
 * constants and Java 17 has no public class-file reader, so the pool's fixed layout is read here.
 */
final class ConstantPool {

    private static final int UTF8 = 1;

    private ConstantPool() {
    }

    static List<String> texts(JavaClass javaClass) {
        var source = javaClass.getSource().orElseThrow(() -> new IllegalStateException(javaClass + " has no class file"));
        try (InputStream in = source.getUri().toURL().openStream()) {
            return texts(new DataInputStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + source.getUri(), e);
        }
    }

    private static List<String> texts(DataInputStream classFile) throws IOException {
        classFile.skipNBytes(8); // magic number, minor and major version
        int count = classFile.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int index = 1; index < count; index++) {
            int tag = classFile.readUnsignedByte();
            switch (tag) {
                case UTF8 -> texts.add(classFile.readUTF()); // modified UTF-8 behind a two-byte length, as readUTF reads it
                case 7, 8, 16, 19, 20 -> classFile.skipNBytes(2); // class, string, method type, module, package
                case 15 -> classFile.skipNBytes(3); // method handle
                case 3, 4, 9, 10, 11, 12, 17, 18 -> classFile.skipNBytes(4); // numbers, references, dynamic
                case 5, 6 -> { // long and double take two entries
                    classFile.skipNBytes(8);
                    index++;
                }
                default -> throw new IllegalStateException("Unknown constant pool tag " + tag);
            }
        }
        return texts;
    }
}
