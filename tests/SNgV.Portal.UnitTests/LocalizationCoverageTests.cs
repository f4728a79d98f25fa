using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

/// <summary>
/// Issue 14, done-when 1: every text a bilingual page can show through the localiser has an English entry in
/// Resources/Infrastructure/SharedResource.en.resx (the Vietnamese text is the key, ADR 0013). The keys are gathered
/// where the code names them:
/// <list type="bullet">
/// <item>the views: <c>L["…"]</c> and <c>Plural.Of(L, n, "…")</c>, and what the non-literal <c>L[…]</c> of the views can
/// hold (the public menu, the display names of the enums they show, the database-down page's texts);</item>
/// <item>the code: <c>PageText.Of("…")</c> and <c>PageText.Format("…")</c> (model binding's messages, the survey's checks);</item>
/// <item>the input models of the [Bilingual] controllers' actions: their validators' messages as FluentValidation
/// holds them (WithMessage or the default template), the messages their custom rules add, and their [Display] names.</item>
/// </list>
/// An English entry must be non-empty, keep the key's placeholders, and give a plural's two forms.
/// </summary>
public sealed partial class LocalizationCoverageTests
{
    private static readonly string WebProject = Path.Combine("src", "SNgV.Portal.Web");

    /// <summary>What each non-literal <c>L[…]</c> of a view can hold. A new one fails the test until it is listed here.</summary>
    private static readonly Dictionary<string, Func<IEnumerable<string>>> ComputedKeys = new(StringComparer.Ordinal)
    {
        ["entry.Group.Text"] = () => NavigationMenu.Public.Where(i => i.Group is not null).Select(i => i.Group!.Text),
        ["item.Text"] = () => NavigationMenu.Public.Select(i => i.Text),
        ["DisplayNames.Of(d.Status)"] = NamesOf<DossierStatus>,
        ["DisplayNames.Of(status)"] = NamesOf<DossierStatus>,
        ["DisplayNames.Of(task.Status)"] = NamesOf<TaskProgressStatus>,
        ["DisplayNames.Of(schedule)"] = NamesOf<ScheduleStatus>,
        ["DisplayNames.Of(p.ServiceLevel)"] = NamesOf<OnlineServiceLevel>,
        ["c"] = () => Enum.GetValues<SubmissionChannels>().SelectMany(DisplayNames.Of),
        ["DatabaseUnavailableMiddleware.Title"] = () => [DatabaseUnavailableMiddleware.Title],
        ["DatabaseUnavailableMiddleware.WhatHappened"] = () => [DatabaseUnavailableMiddleware.WhatHappened],
        ["DatabaseUnavailableMiddleware.NothingLost"] = () => [DatabaseUnavailableMiddleware.NothingLost],
        ["DatabaseUnavailableMiddleware.TryLater"] = () => [DatabaseUnavailableMiddleware.TryLater],
    };

    [Fact]
    public void Every_key_a_bilingual_page_shows_has_an_English_entry()
    {
        var english = EnglishEntries();
        var keys = ViewKeys().Concat(CodeKeys()).Concat(PublicInputKeys()).ToList();

        // The gathering found what it is about (a broken pattern would find nothing and pass).
        Assert.True(keys.Count(k => k.Where.EndsWith(".cshtml", StringComparison.Ordinal)) > 150, "few keys found in the views: is the pattern still right?");
        Assert.Contains(keys, k => k.Where.StartsWith("SurveyInputValidator", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.Where.Contains("PageText", StringComparison.Ordinal));

        var missing = keys.Where(k => !english.TryGetValue(k.Key, out var value) || string.IsNullOrWhiteSpace(value))
            .Select(k => $"{k.Where}: \"{k.Key}\"").Distinct().ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} keys with no English entry:{Environment.NewLine}{string.Join(Environment.NewLine, missing)}");

        var placeholders = keys.Select(k => k.Key).Distinct()
            .Where(k => Placeholders(k) is var expected && english[k].Split(Plural.Separator).Any(form => !Placeholders(form).SetEquals(expected)))
            .Select(k => $"\"{k}\" → \"{english[k]}\"").ToList();
        Assert.True(placeholders.Count == 0, "English entries that lose or add a placeholder:" + Environment.NewLine + string.Join(Environment.NewLine, placeholders));

        var plurals = keys.Where(k => k.Plural && english[k.Key].Split(Plural.Separator).Length != 2).Select(k => $"{k.Where}: \"{k.Key}\" → \"{english[k.Key]}\"").ToList();
        Assert.True(plurals.Count == 0, "Plural keys without \"singular|plural\" in English:" + Environment.NewLine + string.Join(Environment.NewLine, plurals));

        // A key with two English forms read as one text would show both ("1 task|1 tasks").
        var bothForms = keys.Where(k => !k.Plural && english[k.Key].Contains(Plural.Separator, StringComparison.Ordinal))
            .Select(k => $"{k.Where}: \"{k.Key}\" → \"{english[k.Key]}\" (use Plural.Of)").Distinct().ToList();
        Assert.True(bothForms.Count == 0, string.Join(Environment.NewLine, bothForms));
    }

    [Fact]
    public void The_views_use_no_computed_key_the_test_does_not_know()
    {
        var computed = RepositoryFiles.Under(WebProject, ".cshtml")
            .SelectMany(f => ComputedKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Expression: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(computed);
        Assert.Empty(computed.Where(c => !ComputedKeys.ContainsKey(c.Expression)).Select(c => $"{c.File}: L[{c.Expression}]"));
    }

    private sealed record FoundKey(string Key, string Where, bool Plural = false);

    private static IEnumerable<FoundKey> ViewKeys()
    {
        foreach (var file in RepositoryFiles.Under(WebProject, ".cshtml"))
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            foreach (Match m in LiteralKey().Matches(text))
            {
                yield return new(Unescape(m.Groups[1].Value), name);
            }

            foreach (Match m in PluralKey().Matches(text))
            {
                yield return new(Unescape(m.Groups[1].Value), name, Plural: true);
            }

            foreach (Match m in ComputedKey().Matches(text))
            {
                if (ComputedKeys.TryGetValue(m.Groups[1].Value, out var values))
                {
                    foreach (var value in values())
                    {
                        yield return new(value, $"{name} L[{m.Groups[1].Value}]");
                    }
                }
            }
        }
    }

    private static IEnumerable<FoundKey> CodeKeys() =>
        RepositoryFiles.Under(WebProject, ".cs")
            .SelectMany(f => PageTextKey().Matches(File.ReadAllText(f)).Select(m => new FoundKey(Unescape(m.Groups[1].Value), $"{Path.GetFileName(f)} PageText")));

    /// <summary>The inputs the [Bilingual] controllers bind, their validators' messages and their display names.</summary>
    private static IEnumerable<FoundKey> PublicInputKeys()
    {
        var assembly = typeof(BilingualAttribute).Assembly;
        var controllers = assembly.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var actions = controllers.SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => c.GetCustomAttribute<BilingualAttribute>() is not null || m.GetCustomAttribute<BilingualAttribute>() is not null)).ToList();
        Assert.True(actions.Select(a => a.DeclaringType).Distinct().Count() >= 7, "fewer [Bilingual] controllers than the public pages have");

        var inputs = actions.SelectMany(a => a.GetParameters()).Select(p => p.ParameterType)
            .Where(t => t.Assembly == assembly && t.IsClass).Distinct().ToList();
        Assert.NotEmpty(inputs);

        var sources = RepositoryFiles.Under(WebProject, ".cs").Select(f => (File: f, Text: File.ReadAllText(f))).ToList();
        foreach (var input in inputs)
        {
            foreach (var property in input.GetProperties())
            {
                if (property.GetCustomAttribute<DisplayAttribute>()?.Name is { } display)
                {
                    yield return new(display, $"{input.Name}.{property.Name} [Display]");
                }
            }

            var validatorType = typeof(AbstractValidator<>).MakeGenericType(input);
            foreach (var type in assembly.GetTypes().Where(t => validatorType.IsAssignableFrom(t) && !t.IsAbstract))
            {
                var validator = (IValidator)Activator.CreateInstance(type)!;
                foreach (var rule in validator.CreateDescriptor().Rules)
                {
                    foreach (var component in rule.Components)
                    {
                        var message = component.GetUnformattedErrorMessage();
                        if (!string.IsNullOrEmpty(message))
                        {
                            yield return new(message, $"{type.Name} {rule.PropertyName}");
                        }
                    }
                }

                // Custom rules add their failures in code: the messages they pass.
                var source = sources.Single(s => s.Text.Contains($"class {type.Name} ", StringComparison.Ordinal));
                foreach (Match m in AddedFailure().Matches(source.Text))
                {
                    yield return new(Unescape(m.Groups[1].Value), $"{type.Name} AddFailure");
                }
            }
        }
    }

    private static Dictionary<string, string> EnglishEntries()
    {
        var file = RepositoryFiles.PathOf(WebProject, "Resources", "Infrastructure", "SharedResource.en.resx");
        var entries = XDocument.Load(file).Root!.Elements("data").ToList();
        // The resource build keeps one of two names that differ only in case and drops the other without a word, so
        // "Điện thoại" beside "điện thoại" left the footer's label in Vietnamese.
        var duplicates = entries.GroupBy(d => (string)d.Attribute("name")!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(d => (string)d.Attribute("name")!))).ToList();
        Assert.True(duplicates.Count == 0, "Keys given twice (or differing only in case) in SharedResource.en.resx: " + string.Join(" | ", duplicates));
        return entries.ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);
    }

    private static IEnumerable<string> NamesOf<T>()
        where T : struct, Enum
    {
        var of = typeof(DisplayNames).GetMethod(nameof(DisplayNames.Of), [typeof(T)])
            ?? throw new InvalidOperationException($"DisplayNames.Of({typeof(T).Name}) not found.");
        return Enum.GetValues<T>().Select(v => (string)of.Invoke(null, [v])!);
    }

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    private static string Unescape(string literal) => literal.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);

    [GeneratedRegex("""\bL\["((?:[^"\\]|\\.)*)"\s*[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""\bL\[(?!")([^\]]+)\]""")]
    private static partial Regex ComputedKey();

    [GeneratedRegex("""Plural\.Of\(L,[^,]+,\s*"((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex PluralKey();

    [GeneratedRegex("""PageText\.(?:Of|Format)\("((?:[^"\\]|\\.)*)"[,)]""")]
    private static partial Regex PageTextKey();

    [GeneratedRegex("""AddFailure\([^,]+,\s*"((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex AddedFailure();

    [GeneratedRegex(@"\{[A-Za-z0-9]+(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
