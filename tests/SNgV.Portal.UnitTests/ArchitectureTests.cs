using System.Reflection;
using NetArchTest.Rules;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.UnitTests;

/// <summary>
/// The direction of the web project, read from its IL (method bodies included): Domain uses neither EF Core nor
/// MVC nor any other folder; Data and Infrastructure use no feature; a feature uses another feature only where
/// <see cref="AllowedFeatureUses"/> says why.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Web = "SNgV.Portal.Web";
    private const string Domain = Web + ".Domain";
    private const string Data = Web + ".Data";
    private const string Infrastructure = Web + ".Infrastructure";
    private const string Features = Web + ".Features";

    private static readonly Assembly Portal = typeof(PortalUser).Assembly;

    /// <summary>
    /// The only uses of one feature by another, each with its reason ("*": any feature). Keep it short: a concept
    /// that several features share belongs in Domain, Data or Infrastructure, not in one of them.
    /// </summary>
    private static readonly (string From, string To, string Why)[] AllowedFeatureUses =
    [
        ("*", "Plans", "PlanReadService is the read model of a plan, its areas and tasks, that every page about the plan starts from"),
        ("*", "Notifications", "NotificationWriter is how a feature tells a user that something needs them (in the portal and by e-mail)"),
        ("Review", "Progress", "reviewing a unit's update is the second half of the progress workflow: it shows the task and update as Progress reads them"),
        ("Dashboard", "Reports", "the Leadership's dashboard lists the reports waiting for their approval"),
        ("Dashboard", "Review", "the Office's home counts the updates waiting for review with the review queue's own query"),
        ("Dashboard", "Overview", "the Office's home counts late, at-risk and unreported tasks with the tracking page's own filters"),
        ("Dashboard", "Progress", "the staff home counts the tasks to report, returned and drafts with the staff list's own filter"),
        ("Dashboard", "Pci", "the Leadership's home shows the latest PCI score and rank"),
        ("Dashboard", "SurveyResults", "the Leadership's home shows the latest SIPAS index and its quarters"),
        ("Dashboard", "Surveys", "the SIPAS figures come over the survey's questionnaire model (SatisfactionSummary)"),
        ("Reminders", "Overview", "the reminder form pre-ticks the tasks the tracking page counts as unreported, with its rule (LacksUpdateFor)"),
        ("Procedures", "Dossiers", "a procedure's page shows the timeliness figures of its dossiers"),
        ("Dossiers", "Contact", "the public look-up tells a citizen whose dossier waits for documents how to reach the one-stop desk"),
        ("Questionnaires", "Surveys", "editing a questionnaire clears the survey form's cached copy of it"),
        ("SurveyResults", "Surveys", "results are computed over the survey's questionnaire model and formulas (SatisfactionSummary)"),
        ("Reports", "Dossiers", "the periodic report (reports.md) quotes the one-stop dossier figures"),
        ("Reports", "Surveys", "the periodic report quotes the satisfaction survey over its questionnaire"),
        ("Reports", "SurveyResults", "the periodic report quotes the satisfaction indices of its period"),
        ("Reports", "Pci", "the periodic report quotes the PCI scores and the tasks linked to PCI indicators"),
        ("DemoHistory", "Progress", "the Development first run plays 2019 through the services a person uses: staff send their updates"),
        ("DemoHistory", "Review", "the Development first run plays 2019: the Office reviews the updates"),
        ("DemoHistory", "Reports", "the Development first run plays 2019: the quarterly and annual reports are submitted and issued, with their snapshots"),
        ("DemoHistory", "PlanManagement", "the Development first run copies this year's plan from 2019 and puts it into force"),
    ];

    [Fact]
    public void Domain_uses_neither_EF_Core_nor_MVC_nor_the_other_folders()
    {
        // PortalUser is ASP.NET Core Identity's user (IdentityUser), the one domain type that must derive from a framework type.
        var result = Types.InAssembly(Portal).That().ResideInNamespace(Domain).And().DoNotHaveName(nameof(PortalUser))
            .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", Data, Infrastructure, Features)
            .GetResult();

        Assert.True(result.IsSuccessful, Failing("Domain", result));
    }

    [Theory]
    [InlineData(Data)]
    [InlineData(Infrastructure)]
    public void Data_and_Infrastructure_use_no_feature(string folder)
    {
        var result = Types.InAssembly(Portal).That().ResideInNamespace(folder).ShouldNot().HaveDependencyOn(Features).GetResult();

        Assert.True(result.IsSuccessful, Failing(folder, result));
    }

    [Fact]
    public void A_feature_uses_another_feature_only_where_the_list_allows_it()
    {
        var features = FeatureNames();
        var types = Types.InAssembly(Portal);
        var found = new List<string>();
        foreach (var from in features)
        {
            foreach (var to in features.Where(f => f != from && !IsAllowed(from, f)))
            {
                var result = types.That().ResideInNamespace($"{Features}.{from}").ShouldNot().HaveDependencyOn($"{Features}.{to}").GetResult();
                if (!result.IsSuccessful)
                {
                    found.Add($"{from} -> {to}: {string.Join(", ", result.FailingTypeNames ?? [])}");
                }
            }
        }

        Assert.True(found.Count == 0, "A feature uses another feature outside ArchitectureTests.AllowedFeatureUses:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_allow_list_names_real_features_each_with_a_reason_and_no_entry_is_unused()
    {
        var features = FeatureNames();
        var types = Types.InAssembly(Portal);
        foreach (var (from, to, why) in AllowedFeatureUses)
        {
            Assert.True(from == "*" || features.Contains(from), $"{from} is not a feature.");
            Assert.Contains(to, features);
            Assert.False(string.IsNullOrWhiteSpace(why), $"{from} -> {to} has no reason.");
            var users = from == "*" ? features.Where(f => f != to) : [from];
            var used = users.Any(f => !types.That().ResideInNamespace($"{Features}.{f}").ShouldNot().HaveDependencyOn($"{Features}.{to}").GetResult().IsSuccessful);
            Assert.True(used, $"{from} no longer uses {to}: remove the entry.");
        }
    }

    [Fact]
    public void The_data_generator_is_not_in_the_production_assembly()
    {
        Assert.DoesNotContain(Portal.GetTypes(), t => t.Name.Contains("DataGenerat", StringComparison.Ordinal));
        Assert.DoesNotContain(FeatureNames(), f => f == "DataGeneration");
    }

    private static bool IsAllowed(string from, string to) => AllowedFeatureUses.Any(a => (a.From == from || a.From == "*") && a.To == to);

    private static List<string> FeatureNames() =>
        Portal.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(n => n.StartsWith(Features + ".", StringComparison.Ordinal))
            .Select(n => n[(Features.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Failing(string folder, TestResult result) =>
        $"{folder} uses what it must not: {string.Join(", ", result.FailingTypeNames ?? [])}";
}
