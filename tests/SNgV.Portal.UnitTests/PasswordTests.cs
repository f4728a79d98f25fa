using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SNgV.Portal.Web.Domain;
using SNgV.Portal.Web.Features.Accounts;
using SNgV.Portal.Web.Infrastructure.Identity;

namespace SNgV.Portal.UnitTests;

public sealed class PasswordTests
{
    [Fact]
    public async Task Generated_passwords_satisfy_the_portal_password_rules()
    {
        var options = new IdentityOptions();
        PasswordRules.Apply(options);
        var validator = new PasswordValidator<PortalUser>(new VietnameseIdentityErrorDescriber());
        using var manager = new UserManager<PortalUser>(new NullUserStore(), Options.Create(options), null!, [], [], null!, new VietnameseIdentityErrorDescriber(), null!, null!);

        for (var i = 0; i < 200; i++)
        {
            var password = PasswordGenerator.Generate();
            var result = await validator.ValidateAsync(manager, new PortalUser(), password);
            Assert.True(result.Succeeded, $"{password}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [Fact]
    public void Generated_passwords_differ_and_avoid_look_alike_characters()
    {
        var passwords = Enumerable.Range(0, 100).Select(_ => PasswordGenerator.Generate()).ToList();

        Assert.Equal(100, passwords.Distinct().Count());
        Assert.All(passwords, p => Assert.DoesNotContain(p, c => "0O1lI".Contains(c)));
    }

    [Fact]
    public void Passwords_shorter_than_the_minimum_are_not_generated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PasswordGenerator.Generate(PasswordRules.MinimumLength - 1));
    }

    [Fact]
    public void Lockout_is_five_failures_for_fifteen_minutes()
    {
        var options = new IdentityOptions();
        PasswordRules.Apply(options);

        Assert.Equal(5, options.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Lockout.DefaultLockoutTimeSpan);
        Assert.Equal(10, options.Password.RequiredLength);
        Assert.True(options.User.RequireUniqueEmail);
    }

    private sealed class NullUserStore : IUserStore<PortalUser>
    {
        public void Dispose() { }
        public Task<string> GetUserIdAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
        public Task<string?> GetUserNameAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.UserName);
        public Task SetUserNameAsync(PortalUser user, string? userName, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<string?> GetNormalizedUserNameAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedUserName);
        public Task SetNormalizedUserNameAsync(PortalUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<IdentityResult> CreateAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);
        public Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);
        public Task<IdentityResult> DeleteAsync(PortalUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);
        public Task<PortalUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<PortalUser?>(null);
        public Task<PortalUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult<PortalUser?>(null);
    }
}
