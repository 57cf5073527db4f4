package dev.riskengine.rules;

import java.util.ArrayList;
import java.util.List;

import org.mvel2.asm.ClassReader;
import org.mvel2.asm.ClassVisitor;
import org.mvel2.asm.ConstantDynamic;
import org.mvel2.asm.Handle;
import org.mvel2.asm.Label;
import org.mvel2.asm.MethodVisitor;
import org.mvel2.asm.Opcodes;
import org.mvel2.asm.Type;

/**
 * Every API one compiled class can reach: the methods it calls, the fields it reads or writes,
 * the classes it creates, casts to, loads as constants or extends, and the bootstrap methods and
 * method handles of its invokedynamic instructions. Reads the class file itself (with the ASM copy
 * that MVEL, a Drools dependency, ships), so what is checked is what runs, however the source
 * spelt it: static imports, unicode escapes and fully qualified names all compile to the same
 * references.
 */
final class BytecodeReferences {

    /**
     * One reference: {@code owner} is a class name with dots, {@code member} empty for the class
     * itself; {@code method} is the method it is in (empty for the class header) and {@code line}
     * its line in the generated source (0 when unknown).
     */
    record Reference(String owner, String member, String method, int line) { }

    private BytecodeReferences() { }

    static List<Reference> of(byte[] classFile) {
        List<Reference> references = new ArrayList<>();
        new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                if (superName != null) {
                    addType(references, superName, "", 0);
                }
                for (String implemented : interfaces) {
                    addType(references, implemented, "", 0);
                }
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
                return new ReferencingMethod(references, name);
            }
        }, ClassReader.SKIP_FRAMES);
        return references;
    }

    /** Collects a method's references, each with the source line it is on (0 before the first line). */
    private static final class ReferencingMethod extends MethodVisitor {
        private final List<Reference> references;
        private final String method;
        private int line;

        ReferencingMethod(List<Reference> references, String method) {
            super(Opcodes.ASM9);
            this.references = references;
            this.method = method;
        }

        @Override
        public void visitLineNumber(int line, Label start) {
            this.line = line;
        }

        @Override
        public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
            addMember(references, owner, name, method, line);
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
            addMember(references, owner, name, method, line);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
            addType(references, type, method, line);
        }

        @Override
        public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
            addConstant(references, Type.getType(descriptor), method, line);
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
            if (type != null) {
                addType(references, type, method, line);
            }
        }

        @Override
        public void visitLdcInsn(Object value) {
            addConstant(references, value, method, line);
        }

        @Override
        public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
            addConstant(references, bootstrap, method, line);
            for (Object argument : arguments) {
                addConstant(references, argument, method, line);
            }
        }
    }

    /** A constant-pool entry: a class literal, a method type, a method handle or a dynamic constant. */
    private static void addConstant(List<Reference> references, Object constant, String method, int line) {
        if (constant instanceof Type type) {
            if (type.getSort() == Type.METHOD) {
                addConstant(references, type.getReturnType(), method, line);
                for (Type argument : type.getArgumentTypes()) {
                    addConstant(references, argument, method, line);
                }
            } else if (type.getSort() == Type.ARRAY) {
                addConstant(references, type.getElementType(), method, line);
            } else if (type.getSort() == Type.OBJECT) {
                addType(references, type.getInternalName(), method, line);
            }
        } else if (constant instanceof Handle handle) {
            addMember(references, handle.getOwner(), handle.getName(), method, line);
        } else if (constant instanceof ConstantDynamic dynamic) {
            addConstant(references, dynamic.getBootstrapMethod(), method, line);
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                addConstant(references, dynamic.getBootstrapMethodArgument(i), method, line);
            }
        }
    }

    private static void addType(List<Reference> references, String internalName, String method, int line) {
        if (internalName.startsWith("[")) {
            addConstant(references, Type.getType(internalName), method, line);
        } else {
            references.add(new Reference(internalName.replace('/', '.'), "", method, line));
        }
    }

    private static void addMember(List<Reference> references, String owner, String member, String method, int line) {
        if (owner.startsWith("[")) {
            // A method of an array (clone): the array's element type is the reference that matters.
            addConstant(references, Type.getType(owner), method, line);
        } else {
            references.add(new Reference(owner.replace('/', '.'), member, method, line));
        }
    }
}
