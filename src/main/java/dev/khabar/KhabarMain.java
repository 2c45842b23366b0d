package dev.khabar;

import dev.khabar.eval.EvalCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;

/** Serves by default; {@code eval ...} runs the evaluation harness instead and exits with its verdict. */
@QuarkusMain
public class KhabarMain implements QuarkusApplication {

    @Inject
    EvalCommand eval;

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("eval")) {
            return eval.run(Arrays.asList(args).subList(1, args.length), System.out);
        }
        Quarkus.waitForExit();
        return 0;
    }
}
