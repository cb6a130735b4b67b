package io.github.disclosureauditor.cli;

import java.io.PrintStream;

/** {@code serve}: the HTTP service (see the service issue). */
final class ServeCommand {
    private ServeCommand() {
    }

    static int run(Options o, PrintStream out, PrintStream err) {
        err.println("serve 尚未实现");
        return 2;
    }
}
