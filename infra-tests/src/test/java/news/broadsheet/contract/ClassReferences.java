package news.broadsheet.contract;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes a class file names in its constant pool (class entries and the types in field and
 * method descriptors), and their closure inside one jar: what the JVM may need to load or verify
 * once the root class runs. Format: JVM Specification (SE 17), section 4.4, "The Constant Pool".
 */
final class ClassReferences {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+);");

    private ClassReferences() {}

    /** Internal names (a/b/C) reachable from {@code root} through classes that {@code follow} accepts; includes missing ones. */
    static Set<String> closure(ZipFile jar, String root, Predicate<String> follow) throws IOException {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            String name = todo.poll();
            if (!seen.add(name) || !follow.test(name)) {
                continue;
            }
            ZipEntry entry = jar.getEntry(name + ".class");
            if (entry == null) {
                continue;
            }
            try (InputStream in = jar.getInputStream(entry)) {
                todo.addAll(referencedBy(in));
            }
        }
        return seen;
    }

    static Set<String> referencedBy(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        Set<Integer> classIndexes = new HashSet<>();
        Set<String> out = new HashSet<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndexes.add(in.readUnsignedShort());
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        for (int index : classIndexes) {
            String name = utf8[index];
            Matcher array = DESCRIPTOR_TYPE.matcher(name);
            if (name.startsWith("[")) {
                while (array.find()) {
                    out.add(array.group(1));
                }
            } else {
                out.add(name);
            }
        }
        for (String s : utf8) {
            if (s != null && (s.startsWith("(") || s.startsWith("L") || s.startsWith("["))) {
                Matcher m = DESCRIPTOR_TYPE.matcher(s);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }
}
