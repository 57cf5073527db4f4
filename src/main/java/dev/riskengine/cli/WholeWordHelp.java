package dev.riskengine.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * picocli's help with every wrapped text (descriptions, option and parameter texts, exit codes,
 * header and footer) laid out by {@link WholeWordTable}, so no word or file name is split across
 * lines. Installed once for every command by {@link #install}.
 */
final class WholeWordHelp extends Help {

    static CommandLine install(CommandLine commandLine) {
        return commandLine.setHelpFactory(WholeWordHelp::new);
    }

    private WholeWordHelp(CommandSpec command, ColorScheme colorScheme) {
        super(command, colorScheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
            ColorScheme scheme) {
        Layout layout = super.createDefaultLayout(options, positionals, scheme);
        return new Layout(scheme, WholeWordTable.like(layout.textTable(), scheme),
                layout.optionRenderer(), layout.parameterRenderer());
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable table = WholeWordTable.like(super.createTextTable(map), colorScheme());
        map.forEach((key, value) -> table.addRowValues(text(String.valueOf(key)), text(String.valueOf(value))));
        return table;
    }

    /** As picocli's: each subcommand's names, then its header or else its first description line. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        Map<Help, String> names = new LinkedHashMap<>();
        subcommands.values().forEach(help -> names.put(help, namesOf(help.commandSpec())));
        int namesWidth = names.values().stream().mapToInt(String::length).max().orElse(0);
        int width = commandSpec().usageMessage().width();
        WholeWordTable table = new WholeWordTable(colorScheme(), new Column(namesWidth + 2, 2, Column.Overflow.SPAN),
                new Column(width - namesWidth - 2, 2, Column.Overflow.WRAP));
        names.forEach((help, name) -> {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String[] first = usage.header().length > 0 ? usage.header() : usage.description();
            String[] lines = first.length == 0 ? new String[] {""} : formatted(first[0]).split("\\r?\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(text(i == 0 ? name : ""), text(lines[i]));
            }
        });
        return table.toString();
    }

    private static String namesOf(CommandSpec command) {
        List<String> names = new ArrayList<>();
        names.add(command.name());
        names.addAll(Arrays.asList(command.aliases()));
        return String.join(", ", names);
    }

    @Override
    public String description(Object... params) {
        return wrapped(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return wrapped(commandSpec().usageMessage().header(), params);
    }

    @Override
    public String footer(Object... params) {
        return wrapped(commandSpec().usageMessage().footer(), params);
    }

    /** As picocli's join: each text formatted with the params, one row per line, the full width. */
    private String wrapped(String[] texts, Object... params) {
        WholeWordTable table = new WholeWordTable(colorScheme(), new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        for (String text : texts) {
            for (String line : formatted(text, params).split("\\r?\\n", -1)) {
                table.addRowValues(text(line));
            }
        }
        return table.toString();
    }

    /** As picocli: a text that is not a valid format (a lone '%') is shown as written. */
    private static String formatted(String text, Object... params) {
        try {
            return String.format(text, params);
        } catch (IllegalFormatException e) {
            return text;
        }
    }

    private Ansi.Text text(String plain) {
        return colorScheme().ansi().new Text(plain, colorScheme());
    }
}
