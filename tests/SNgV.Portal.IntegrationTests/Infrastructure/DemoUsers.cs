namespace SNgV.Portal.IntegrationTests.Infrastructure;

/// <summary>The demo accounts the portal seeds in Development (see DemoAccountSeeder).</summary>
public static class DemoUsers
{
    public const string Administrator = "quantri@sngv.demo";
    public const string Leadership = "lanhdao@sngv.demo";
    public const string Office = "vanphong@sngv.demo";
    public const string ConsularStaff = "canbo.ls@sngv.demo";
    public const string CooperationStaff = "canbo.htqt@sngv.demo";
}
