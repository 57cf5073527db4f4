package dev.riskengine.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * picocli wraps help text where java.text.BreakIterator allows a line break, which includes after
 * '.' and '/' inside a word: "~/.cache" and "indicators.xlsx" came out split across two lines.
 */
class HelpWrappingTest {

    @Test
    void helpTextsDoNotBreakWordsOrFileNames() {
        List<String> split = new ArrayList<>();
        for (CommandLine command : everyCommand(RiskCommand.commandLine()).toList()) {
            String help = command.getUsageMessage(Ansi.OFF);
            List<String> lines = help.lines().map(String::strip).toList();
            for (String word : wordsOf(command.getCommandSpec())) {
                if (lines.stream().noneMatch(line -> containsWord(line, word))) {
                    split.add(command.getCommandSpec().qualifiedName() + ": \"" + word + "\"");
                }
            }
        }
        assertThat(split).as("words not found whole on one line of their command's help").isEmpty();
    }

    /** Each description element is its own line in the help: one that stops mid-sentence breaks the text there. */
    @Test
    void exportAndGenerateDescriptionsAreNotBrokenMidSentenceNorAnyOthers() {
        List<String> broken = new ArrayList<>();
        for (CommandLine command : everyCommand(RiskCommand.commandLine()).toList()) {
            for (String line : command.getCommandSpec().usageMessage().description()) {
                if (!line.isBlank() && !line.strip().replace("%n", "").matches("(?s).*[.:)]")) {
                    broken.add(command.getCommandSpec().qualifiedName() + ": \"" + line + "\"");
                }
            }
        }
        assertThat(broken).as("description lines that do not end a sentence").isEmpty();
    }

    @Test
    void theCacheDirHelpKeepsItsFoldersWhole() {
        String help = RiskCommand.commandLine().getSubcommands().get("assess").getUsageMessage(Ansi.OFF);

        assertThat(help).contains("~/.cache/country-risk-engine", "$XDG_CACHE_HOME/country-risk-engine",
                "inputs/indicators.xlsx");
    }

    private static Stream<CommandLine> everyCommand(CommandLine command) {
        return Stream.concat(Stream.of(command),
                command.getSubcommands().values().stream().distinct().flatMap(HelpWrappingTest::everyCommand));
    }

    /** Every word of the texts the help wraps: the command's description and footer, each option's, parameter's and subcommand's. */
    private static List<String> wordsOf(CommandSpec spec) {
        List<String> texts = new ArrayList<>();
        texts.addAll(Arrays.asList(spec.usageMessage().description()));
        texts.addAll(Arrays.asList(spec.usageMessage().footer()));
        spec.options().forEach(option -> texts.addAll(Arrays.asList(option.description())));
        spec.positionalParameters().forEach(parameter -> texts.addAll(Arrays.asList(parameter.description())));
        // the command list shows each subcommand's header, or else its first description line
        spec.subcommands().values().forEach(sub -> {
            String[] header = sub.getCommandSpec().usageMessage().header();
            texts.add(header.length > 0 ? header[0] : sub.getCommandSpec().usageMessage().description()[0]);
        });
        return texts.stream()
                .map(text -> text.replace("%n", " ").replace("${DEFAULT-VALUE}", "").replace("${COMPLETION-CANDIDATES}", ""))
                .flatMap(text -> Arrays.stream(text.split("\\s+")))
                .filter(word -> word.length() > 1)
                .distinct()
                .toList();
    }

    private static boolean containsWord(String line, String word) {
        return (" " + line + " ").matches("(?s).*\\s" + java.util.regex.Pattern.quote(word) + "\\s.*");
    }
}
