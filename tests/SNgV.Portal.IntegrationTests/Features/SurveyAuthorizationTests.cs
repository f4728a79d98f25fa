using Microsoft.EntityFrameworkCore;
using SNgV.Portal.IntegrationTests.Infrastructure;

namespace SNgV.Portal.IntegrationTests.Features;

/// <summary>Survey rounds are the Office's, questionnaire wording the administrator's; the survey itself is anyone's, without an account.</summary>
public sealed class SurveyAuthorizationTests(PlanYearPortalFactory portal) : IClassFixture<PlanYearPortalFactory>
{
    private const string Anonymous = "";
    private const string Staff = DemoUsers.ConsularStaff;
    private const string Office = DemoUsers.Office;
    private const string Leadership = DemoUsers.Leadership;
    private const string Admin = DemoUsers.Administrator;

    [Theory]
    [InlineData(Office, "GET", "/quan-ly-khao-sat", 200)]
    [InlineData(Office, "GET", "/quan-ly-khao-sat/dot/moi", 200)]
    [InlineData(Staff, "GET", "/quan-ly-khao-sat", 403)]
    [InlineData(Leadership, "GET", "/quan-ly-khao-sat", 403)]
    [InlineData(Admin, "GET", "/quan-ly-khao-sat", 403)]
    [InlineData(Anonymous, "GET", "/quan-ly-khao-sat", 302)]
    [InlineData(Staff, "POST", "/quan-ly-khao-sat/dot/moi", 403)]
    [InlineData(Leadership, "POST", "/quan-ly-khao-sat/dot/moi", 403)]
    [InlineData(Admin, "POST", "/quan-ly-khao-sat/dot/moi", 403)]
    [InlineData(Anonymous, "POST", "/quan-ly-khao-sat/dot/moi", 302)]
    [InlineData(Office, "GET", "/quan-ly-khao-sat/dot/999999", 404)]
    [InlineData(Office, "GET", "/quan-ly-khao-sat/phieu-can-xem", 200)]
    [InlineData(Leadership, "GET", "/quan-ly-khao-sat/phieu-can-xem", 403)]
    [InlineData(Leadership, "POST", "/quan-ly-khao-sat/phieu/1/quyet-dinh", 403)]
    [InlineData(Staff, "GET", "/quan-ly-khao-sat/dot/1/phieu-giay", 403)]
    [InlineData(Leadership, "POST", "/quan-ly-khao-sat/dot/1/phieu-giay", 403)]
    [InlineData(Anonymous, "POST", "/quan-ly-khao-sat/dot/1/phieu-giay", 302)]
    [InlineData(Office, "GET", "/ket-qua-khao-sat/chi-tiet", 200)]
    [InlineData(Leadership, "GET", "/ket-qua-khao-sat/chi-tiet", 200)]
    [InlineData(Staff, "GET", "/ket-qua-khao-sat/chi-tiet", 403)]
    [InlineData(Admin, "GET", "/ket-qua-khao-sat/chi-tiet", 403)]
    [InlineData(Anonymous, "GET", "/ket-qua-khao-sat/chi-tiet", 302)]
    [InlineData(Leadership, "GET", "/ket-qua-khao-sat/chi-tiet/xuat.csv", 404)]
    [InlineData(Staff, "GET", "/ket-qua-khao-sat/chi-tiet/xuat.xlsx", 403)]
    [InlineData(Anonymous, "GET", "/ket-qua-khao-sat/chi-tiet/xuat.xlsx", 302)]
    [InlineData(Anonymous, "GET", "/ket-qua-khao-sat", 200)]
    [InlineData(Anonymous, "GET", "/khao-sat", 200)]
    [InlineData(Anonymous, "GET", "/khao-sat/khong-co-dot-nay", 404)]
    [InlineData(Anonymous, "GET", "/khao-sat/moi/KHONGCOMAMOI", 404)]
    [InlineData(Anonymous, "GET", "/khao-sat/da-gui/KHONGCO", 404)]
    [InlineData(Admin, "GET", "/quan-tri/mau-phieu-khao-sat", 200)]
    [InlineData(Admin, "GET", "/quan-tri/mau-phieu-khao-sat/1", 200)]
    [InlineData(Admin, "GET", "/quan-tri/mau-phieu-khao-sat/999999", 404)]
    [InlineData(Admin, "POST", "/quan-tri/mau-phieu-khao-sat/1", 400)]
    [InlineData(Office, "GET", "/quan-tri/mau-phieu-khao-sat", 403)]
    [InlineData(Office, "GET", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Leadership, "GET", "/quan-tri/mau-phieu-khao-sat", 403)]
    [InlineData(Leadership, "GET", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Staff, "GET", "/quan-tri/mau-phieu-khao-sat", 403)]
    [InlineData(Staff, "GET", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Anonymous, "GET", "/quan-tri/mau-phieu-khao-sat", 302)]
    [InlineData(Anonymous, "GET", "/quan-tri/mau-phieu-khao-sat/1", 302)]
    [InlineData(Office, "POST", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Leadership, "POST", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Staff, "POST", "/quan-tri/mau-phieu-khao-sat/1", 403)]
    [InlineData(Anonymous, "POST", "/quan-tri/mau-phieu-khao-sat/1", 302)]
    public async Task Role_and_action(string user, string method, string url, int expected)
    {
        using var client = portal.CreatePortalClient();
        var before = await StateAsync();
        using var response = await client.SendAsAsync(user, method, url,
        [
            new("Input.Name", "Không được phép"), new("Input.Slug", "khong-duoc-phep"), new("Input.QuestionnaireId", "1"),
            new("Input.OpensOn", "2019-05-01"), new("Input.ClosesOn", "2019-06-30"), new("Input.IsOpen", "true"),
            new("Input.ProcedureIds", "1"), new("Input.TitleEn", "Changed without permission"),
        ]);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal(before, await StateAsync());
    }

    private Task<(int Rounds, int Responses, int Questionnaires, string Wording)> StateAsync() => portal.WithDbAsync(async db =>
        (await db.SurveyRounds.CountAsync(), await db.SurveyResponses.CountAsync(), await db.Questionnaires.CountAsync(),
            string.Join('|', await db.Questionnaires.OrderBy(q => q.Id).Select(q => q.Title + q.TitleEn).ToListAsync())));
}
