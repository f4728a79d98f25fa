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

    /// <summary>The only uses of one feature by another, each with its reason. Keep it short: a shared concept belongs in Domain or Infrastructure.</summary>
    private static readonly (string From, string To, string Why)[] AllowedFeatureUses =
    [
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
            foreach (var to in features.Where(f => f != from && !AllowedFeatureUses.Any(a => a.From == from && a.To == to)))
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
            Assert.Contains(from, features);
            Assert.Contains(to, features);
            Assert.False(string.IsNullOrWhiteSpace(why), $"{from} -> {to} has no reason.");
            var used = !types.That().ResideInNamespace($"{Features}.{from}").ShouldNot().HaveDependencyOn($"{Features}.{to}").GetResult().IsSuccessful;
            Assert.True(used, $"{from} no longer uses {to}: remove the entry.");
        }
    }

    [Fact]
    public void The_data_generator_is_not_in_the_production_assembly()
    {
        Assert.DoesNotContain(Portal.GetTypes(), t => t.Name.Contains("DataGenerat", StringComparison.Ordinal));
        Assert.DoesNotContain(FeatureNames(), f => f == "DataGeneration");
    }

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
