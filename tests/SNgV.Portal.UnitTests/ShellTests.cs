using Microsoft.AspNetCore.Identity;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;

namespace SNgV.Portal.UnitTests;

public sealed class ShellTests
{
    [Theory]
    [InlineData(1, 0, 1)]
    [InlineData(5, 45, 3)]
    [InlineData(0, 45, 1)]
    [InlineData(2, 45, 2)]
    public void A_page_past_the_end_shows_the_last_page(int requested, int total, int expected)
    {
        Assert.Equal(expected, Paging.ClampPage(requested, total, 20));
    }

    [Fact]
    public void Paging_reports_the_items_shown()
    {
        var paging = new Paging(3, 20, 45);

        Assert.Equal((3, 41, 45), (paging.PageCount, paging.FirstItem, paging.LastItem));
    }

    [Theory]
    [InlineData(nameof(IdentityErrorDescriber.PasswordTooShort), "Input.Password")]
    [InlineData(nameof(IdentityErrorDescriber.PasswordMismatch), "CurrentPassword")]
    [InlineData(nameof(IdentityErrorDescriber.DuplicateEmail), "Input.Email")]
    [InlineData(IdentityErrorFields.OwnRoleCode, "Input.Role")]
    [InlineData(nameof(IdentityErrorDescriber.ConcurrencyFailure), "")]
    public void Identity_errors_land_beside_their_field(string code, string field)
    {
        var fields = new IdentityErrorFields(Password: "Input.Password", CurrentPassword: "CurrentPassword", Email: "Input.Email", Role: "Input.Role");

        Assert.Equal(field, fields.For(code));
    }

    [Fact]
    public void A_relative_SQLite_file_lives_in_the_data_folder_and_waits_when_busy()
    {
        var paths = new PortalPaths(Path.Combine(Path.GetTempPath(), "sngv-unit-" + Guid.NewGuid().ToString("N")));
        try
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString("Data Source=portal.db", paths));

            Assert.Equal(Path.Combine(paths.DataDirectory, "portal.db"), connection.DataSource);
            Assert.Equal(30, connection.DefaultTimeout);
        }
        finally
        {
            Directory.Delete(paths.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public void An_absolute_SQLite_file_is_kept_as_configured()
    {
        var paths = new PortalPaths(Path.Combine(Path.GetTempPath(), "sngv-unit-" + Guid.NewGuid().ToString("N")));
        try
        {
            var connection = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(DatabaseServiceCollectionExtensions.SqliteConnectionString("Data Source=/srv/data/portal.db;Default Timeout=60", paths));

            Assert.Equal("/srv/data/portal.db", connection.DataSource);
            Assert.Equal(60, connection.DefaultTimeout);
        }
        finally
        {
            Directory.Delete(paths.DataDirectory, recursive: true);
        }
    }
}
