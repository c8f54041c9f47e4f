package news.broadsheet.emulator;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests an {@link Emulator}: one per test run, chosen by {@link EmulatorChoice} (forced by
 * -Dbroadsheet.emulator, else LocalStack where its image is ready, else moto's server; the reason
 * is printed), and stopped when the run ends.
 */
public final class EmulatorExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(EmulatorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Emulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("emulator", key -> {
            EmulatorChoice.Choice choice = EmulatorChoice.choose(System.getProperty("broadsheet.emulator"),
                    EmulatorChoice.thisMachine());
            System.out.println("[emulator] " + choice.reason());
            return EmulatorChoice.start(choice.kind());
        }, Emulator.class);
    }
}
