import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step (run by Maven after the jar is shaded, never shipped): rewrites every class file in a
 * jar whose class-file version is older than 50 (Java 6) to version 50, with stack-map frames
 * computed by ASM. Why: JDK 17's class-data sharing refuses pre-Java-6 class files ("Pre JDK 6 class
 * not supported by CDS"), and picocli 4.7.7 ships its classes as version 49 (slf4j 1.7 too), so
 * every command paid for reading and verifying them from the jar (docs/BENCHMARKS.md, "Fourth
 * round"). Only the version and the frames change; the bytecode is the same. A class already at 50
 * or newer is left as it is, so running this twice changes nothing.
 *
 * <pre>java -cp ASM_AND_THE_JARS_CLASSES src/tools/RetargetClasses.java JAR...</pre>
 * (the classes, for ASM to find common superclasses when it computes frames). A JAR that does not
 * exist is skipped (the release jar exists only with -Prelease).
 */
public final class RetargetClasses {
    private static final int TARGET = Opcodes.V1_6;

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: RetargetClasses JAR...");
            System.exit(2);
        }
        for (String arg : args) {
            Path jar = Path.of(arg);
            if (Files.isRegularFile(jar)) {
                int n = retarget(jar);
                System.out.println("retarget: " + n + " classes older than Java 6 in " + jar
                        + " rewritten to class-file version " + TARGET + " (class-data sharing takes them)");
            }
        }
    }

    /**
     * Rewrites {@code jar} in place through the zip file system, which copies the entries it did not
     * change as they are (a rewrite of every entry took 45 s on a loaded machine) and leaves a jar
     * with nothing to change untouched (its time names the class-data archives); returns how many
     * classes changed. Each rewritten entry keeps its time, so the jar's bytes depend on its inputs only.
     */
    static int retarget(Path jar) throws IOException {
        int changed = 0;
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            List<Path> classes;
            try (Stream<Path> files = Files.walk(zip.getPath("/"))) {
                // META-INF/versions/N/ holds classes for newer JDKs only; they are new enough
                classes = files.filter(f -> f.toString().endsWith(".class") && !f.startsWith("/META-INF")).sorted().toList();
            }
            for (Path c : classes) {
                if (major(head(c)) < 50) {
                    byte[] bytes = Files.readAllBytes(c);
                    FileTime time = Files.getLastModifiedTime(c);
                    Files.write(c, rewritten(bytes));
                    Files.setLastModifiedTime(c, time);
                    changed++;
                }
            }
        }
        return changed;
    }

    private static byte[] head(Path classFile) throws IOException {
        try (InputStream in = Files.newInputStream(classFile)) {
            return in.readNBytes(8);
        }
    }

    private static int major(byte[] classFile) {
        if (classFile.length < 8 || (classFile[0] & 0xff) != 0xca || (classFile[1] & 0xff) != 0xfe) {
            return Integer.MAX_VALUE; // not a class file: leave it alone
        }
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }

    private static byte[] rewritten(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(TARGET, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }
}
