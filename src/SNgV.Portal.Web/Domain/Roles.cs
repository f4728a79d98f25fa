namespace SNgV.Portal.Web.Domain;

/// <summary>The portal's roles, by their code names (see the glossary).</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Leadership = nameof(Leadership);
    public const string Office = nameof(Office);
    public const string Staff = nameof(Staff);

    public static readonly IReadOnlyList<string> All = [Administrator, Leadership, Office, Staff];

    public static string DisplayName(string role) => role switch
    {
        Administrator => "Quản trị hệ thống",
        Leadership => "Lãnh đạo Sở",
        Office => "Văn phòng Sở",
        Staff => "Cán bộ, công chức",
        _ => role,
    };
}
