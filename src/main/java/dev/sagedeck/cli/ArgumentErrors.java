package dev.sagedeck.cli;

import dev.sagedeck.app.InertText;
import dev.sagedeck.domain.ClosestName;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns picocli's parse errors into one line written for people, plus where to read more, and exit 2:
 * {@code compare needs at least two jobs} instead of picocli's positional-index wording, the closest
 * valid option for a typo, never the whole usage.
 */
final class ArgumentErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        CommandSpec spec = cmd.getCommandSpec();
        PrintWriter err = cmd.getErr();
        err.println(ArgumentText.PREFIX + InertText.of(message(e, spec)));
        err.println(ArgumentText.SEE_HELP.formatted(spec.qualifiedName()));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    static String message(ParameterException e, CommandSpec spec) {
        if (e instanceof UnmatchedArgumentException u) {
            return unmatched(u, spec);
        }
        if (e instanceof MissingParameterException m) {
            return missing(m, spec, e.getMessage(), args(e));
        }
        if (e instanceof MaxValuesExceededException && !spec.positionalParameters().isEmpty()) {
            return ArgumentText.TAKES_ONE.formatted(name(spec), ArgumentText.noun(spec.positionalParameters().get(0).paramLabel()));
        }
        if (e instanceof OverwrittenOptionException o && o.getOverwritten() instanceof OptionSpec opt) {
            return ArgumentText.GIVEN_TWICE.formatted(opt.longestName());
        }
        if (e.getArgSpec() instanceof OptionSpec opt && e.getValue() != null) {
            return badValue(opt, e.getValue(), e);
        }
        return e.getMessage(); // a case not foreseen: picocli's own words beat none
    }

    /** The command as the user typed it after "sagedeck" (or "sagedeck" itself). */
    static String name(CommandSpec spec) {
        return spec.name();
    }

    private static String unmatched(UnmatchedArgumentException u, CommandSpec spec) {
        String first = u.getUnmatched().isEmpty() ? "" : u.getUnmatched().get(0);
        if (u.isUnknownOption() || (first.startsWith("-") && first.length() > 1)) {
            String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
            return ArgumentText.UNKNOWN_OPTION.formatted(name(spec), option) + suggestion(optionNames(spec), option);
        }
        if (spec.parent() == null) {
            if ("?".equals(first)) {
                return ArgumentText.UNKNOWN_COMMAND.formatted(first) + ArgumentText.KEYS_INSTEAD;
            }
            List<String> commands = new ArrayList<>(spec.subcommands().keySet());
            Optional<String> near = ClosestName.among(commands, first);
            return ArgumentText.UNKNOWN_COMMAND.formatted(first)
                    + near.map(ArgumentText.DID_YOU_MEAN::formatted).orElse(ArgumentText.COMMANDS.formatted(String.join(", ", commands)));
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        String why = positionals.isEmpty()
                ? ArgumentText.TAKES_NOTHING.formatted(name(spec))
                : ArgumentText.TAKES_ONE.formatted(name(spec), ArgumentText.noun(positionals.get(0).paramLabel()));
        return ArgumentText.EXTRA_ARGUMENT.formatted(first, why);
    }

    private static String missing(MissingParameterException m, CommandSpec spec, String picocli, List<String> args) {
        List<ArgSpec> missing = m.getMissing() == null ? List.of() : m.getMissing();
        for (ArgSpec a : missing) {
            if (a instanceof OptionSpec opt && picocli.startsWith("Missing required option")) {
                // picocli checks required options before unknown ones: a typo of the required one explains both
                String typo = args.stream()
                        .filter(w -> w.startsWith("-") && spec.findOption(w) == null)
                        .filter(w -> ClosestName.among(List.of(opt.names()), w).isPresent())
                        .findFirst()
                        .map(w -> ArgumentText.NOT_AN_OPTION.formatted(w, opt.longestName()))
                        .orElse("");
                return ArgumentText.NEEDS_OPTION.formatted(name(spec), opt.longestName(), opt.paramLabel(), description(opt)) + typo;
            }
            if (a instanceof OptionSpec opt) {
                String found = foundInstead(picocli);
                String what = description(opt);
                return found == null
                        ? ArgumentText.NEEDS_VALUE.formatted(opt.longestName(), opt.longestName(), opt.paramLabel(), what)
                        : ArgumentText.NEEDS_VALUE_FOUND_OPTION.formatted(opt.longestName(), found, opt.longestName(), opt.paramLabel(), what);
            }
        }
        PositionalParamSpec p = spec.positionalParameters().isEmpty() ? null : spec.positionalParameters().get(0);
        if (p == null) {
            return picocli;
        }
        int min = p.arity().min();
        if (min <= 1) {
            return ArgumentText.NEEDS_ONE.formatted(name(spec), ArgumentText.withArticle(ArgumentText.noun(p.paramLabel())));
        }
        String plural = p.paramLabel().replaceAll("[<>.]", "").toLowerCase(java.util.Locale.ROOT) + "s";
        return ArgumentText.NEEDS_MANY.formatted(name(spec), ArgumentText.count(min), plural);
    }

    /** The words the user typed (picocli keeps them on the parse result it had so far). */
    private static List<String> args(ParameterException e) {
        CommandLine.ParseResult r = e.getCommandLine().getParseResult();
        return r == null ? List.of() : r.originalArgs();
    }

    /** The option picocli found where a value should be ("Expected parameter for option '--a' but found '--b'"). */
    private static String foundInstead(String picocli) {
        int at = picocli.indexOf("but found '");
        return at < 0 ? null : picocli.substring(at + 11, picocli.lastIndexOf('\''));
    }

    private static String badValue(OptionSpec opt, String value, ParameterException e) {
        // a list's values are read one by one (--instance-count 1,2): the element's type says what fits
        Class<?> type = java.util.Collection.class.isAssignableFrom(opt.type()) && opt.auxiliaryTypes().length > 0
                ? opt.auxiliaryTypes()[0] : opt.type();
        String name = opt.longestName();
        if (type == boolean.class || type == Boolean.class) {
            return ArgumentText.SWITCH_TAKES_NO_VALUE.formatted(name, value, name);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return ArgumentText.NOT_A_WHOLE_NUMBER.formatted(name, value);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return ArgumentText.NOT_A_NUMBER.formatted(name, value);
        }
        if (type.isEnum()) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            return ArgumentText.NOT_ONE_OF.formatted(name, String.join(", ", names), value);
        }
        String why = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
        return ArgumentText.BAD_VALUE.formatted(name, value, why);
    }

    private static String description(OptionSpec opt) {
        String d = opt.description().length == 0 ? "" : opt.description()[0];
        int sentence = d.indexOf(". ");
        d = sentence > 0 ? d.substring(0, sentence) : d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        return d.isEmpty() ? d : Character.toLowerCase(d.charAt(0)) + d.substring(1);
    }

    static List<String> optionNames(CommandSpec spec) {
        List<String> names = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            names.addAll(Arrays.asList(o.names()));
        }
        return names;
    }

    static String suggestion(List<String> candidates, String typed) {
        return ClosestName.among(candidates, typed).map(ArgumentText.DID_YOU_MEAN::formatted).orElse("");
    }
}
