package dev.riskengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The command reference cannot drift from the commands: the command tables of docs/commands.md
 * and README.md are held against picocli's own model of {@link RiskCommand}. A table row names a
 * command in backticks in its first cell (with its options in docs/commands.md); every command
 * and option it names must exist, and every command must have a row. In docs/commands.md every
 * option of a command is named in its row, so a new option is documented when it is added.
 */
class CommandReferenceTest {
    private static final Path COMMANDS = Path.of("docs/commands.md");
    private static final Path README = Path.of("README.md");
    /** A row of a command table: "| `assess [--input FILE] ...` | what it does |". */
    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$");
    private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern BARE_WORD = Pattern.compile("[a-z][a-z-]*");

    private final CommandLine risk = RiskCommand.commandLine();

    @Test
    void everyCommandAndOptionTheCommandReferenceNamesExists() throws IOException {
        assertThat(problems(rows(COMMANDS))).as(COMMANDS + " against risk --help").isEmpty();
    }

    @Test
    void everyCommandHasARowInTheCommandReference() throws IOException {
        assertThat(documented(rows(COMMANDS))).as(COMMANDS + " lists").containsAll(commands());
    }

    @Test
    void everyOptionOfACommandIsNamedInItsRow() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Row row : rows(COMMANDS)) {
            command(row).ifPresent(command -> {
                for (OptionSpec option : command.getCommandSpec().options()) {
                    if (!option.usageHelp() && !option.versionHelp() && !row.options().contains(option.longestName())) {
                        undocumented.add(path(command) + " " + option.longestName());
                    }
                }
            });
        }

        assertThat(undocumented).as("options " + COMMANDS + " does not name in their command's row").isEmpty();
    }

    @Test
    void theReadmesCommandTableNamesEveryCommandAndOnlyThose() throws IOException {
        List<Row> rows = rows(README);

        assertThat(rows).as("the command table of " + README).isNotEmpty();
        assertThat(problems(rows)).as(README + " against risk --help").isEmpty();
        assertThat(documented(rows)).as(README + " lists").containsAll(commands());
    }

    /** A documented command: the text in backticks of its first cell, and the options its row names. */
    private record Row(Path file, String synopsis, TreeSet<String> options) {
        List<String> words() {
            return List.of(synopsis.trim().split("\\s+"));
        }
    }

    private static List<Row> rows(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                TreeSet<String> options = new TreeSet<>(longOptions(row.group(1)));
                Matcher code = CODE.matcher(row.group(2));
                while (code.find()) {
                    options.addAll(longOptions(code.group(1)));
                }
                rows.add(new Row(file, row.group(1), options));
            }
        }
        return rows;
    }

    private static List<String> longOptions(String text) {
        List<String> options = new ArrayList<>();
        Matcher option = LONG_OPTION.matcher(text);
        while (option.find()) {
            options.add(option.group());
        }
        return options;
    }

    /** Each row's unknown command, subcommand or option, as one line. */
    private List<String> problems(List<Row> rows) {
        List<String> problems = new ArrayList<>();
        for (Row row : rows) {
            CommandLine command = risk;
            List<String> words = row.words();
            int i = 0;
            while (i < words.size() && command.getSubcommands().containsKey(words.get(i))) {
                command = command.getSubcommands().get(words.get(i++));
            }
            if (command == risk) {
                problems.add(row.file() + ": `" + row.synopsis() + "`: no command " + words.get(0));
                continue;
            }
            if (!command.getSubcommands().isEmpty() && i < words.size() && BARE_WORD.matcher(words.get(i)).matches()) {
                problems.add(row.file() + ": `" + row.synopsis() + "`: " + path(command) + " has no subcommand "
                        + words.get(i) + " (it has " + command.getSubcommands().keySet() + ")");
            }
            for (String option : row.options()) {
                if (!command.getCommandSpec().optionsMap().containsKey(option)) {
                    problems.add(row.file() + ": `" + row.synopsis() + "`: " + path(command) + " has no option " + option);
                }
            }
        }
        return problems;
    }

    private Optional<CommandLine> command(Row row) {
        CommandLine command = risk;
        for (String word : row.words()) {
            if (!command.getSubcommands().containsKey(word)) {
                break;
            }
            command = command.getSubcommands().get(word);
        }
        return command == risk ? Optional.empty() : Optional.of(command);
    }

    private List<String> documented(List<Row> rows) {
        return rows.stream().flatMap(row -> command(row).stream()).map(CommandReferenceTest::path).toList();
    }

    /** Every command a user runs: the leaves under risk (rules check, import sipri, ...), help aside. */
    private List<String> commands() {
        Map<String, CommandLine> leaves = new LinkedHashMap<>();
        collect(risk, leaves);
        return List.copyOf(leaves.keySet());
    }

    private static void collect(CommandLine command, Map<String, CommandLine> leaves) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
            if (sub.getSubcommands().isEmpty()) {
                leaves.put(path(sub), sub);
            } else {
                collect(sub, leaves);
            }
        });
    }

    /** "rules check": the command's names below risk. */
    private static String path(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        return spec.qualifiedName(" ").substring(spec.root().name().length()).trim();
    }
}
