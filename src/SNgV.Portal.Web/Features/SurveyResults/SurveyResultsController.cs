using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;
using SNgV.Portal.Web.Infrastructure.Exports;

namespace SNgV.Portal.Web.Features.SurveyResults;

/// <summary>"Kết quả khảo sát": the indices per round, quarter, procedure and profile group, the comments and the exports.</summary>
[Authorize(Policies.CanViewSurveyResults)]
[Route("ket-qua-khao-sat/chi-tiet")]
public sealed class SurveyResultsController(SurveyResultsService results, SurveyExport export) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromQuery(Name = "dot")] int? round,
        [FromQuery(Name = "quy")] string? quarter,
        [FromQuery(Name = "thu-tuc")] int? procedure,
        [FromQuery(Name = "nhom")] int? profileOption,
        CancellationToken cancellationToken) =>
        View(await results.ResultsAsync(Filter(round, quarter, procedure, profileOption), withComments: true, cancellationToken));

    [HttpGet("xuat.{format:regex(^(xlsx|csv)$)}")]
    public async Task<IActionResult> Export(
        string format,
        [FromQuery(Name = "dot")] int? round,
        [FromQuery(Name = "quy")] string? quarter,
        [FromQuery(Name = "thu-tuc")] int? procedure,
        [FromQuery(Name = "nhom")] int? profileOption,
        CancellationToken cancellationToken)
    {
        var table = await export.TableAsync(Filter(round, quarter, procedure, profileOption), cancellationToken);
        if (table is null)
        {
            return NotFound();
        }

        return format == "xlsx"
            ? File(SurveyExport.Xlsx(table), SpreadsheetWriter.ContentType, $"khao-sat-{table.RoundSlug}.xlsx")
            : File(SurveyExport.Csv(table), "text/csv; charset=utf-8", $"khao-sat-{table.RoundSlug}.csv");
    }

    /// <summary>"2019-2" is the second reporting quarter of 2019.</summary>
    internal static ResultsFilter Filter(int? round, string? quarter, int? procedure, int? profileOption)
    {
        int? year = null, q = null;
        var parts = (quarter ?? "").Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], out var y) && int.TryParse(parts[1], out var n) && n is >= 1 and <= 4)
        {
            (year, q) = (y, n);
        }

        return new ResultsFilter(round, year, q, procedure is > 0 ? procedure : null, profileOption is > 0 ? profileOption : null);
    }
}

/// <summary>"Kết quả khảo sát" for everyone: the aggregate indices of a round with the number of responses.</summary>
[AllowAnonymous, Bilingual]
[Route("ket-qua-khao-sat")]
public sealed class PublicSurveyResultsController(SurveyResultsService results) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "dot")] int? round, CancellationToken cancellationToken) =>
        View("Public", await results.ResultsAsync(new ResultsFilter(round), withComments: false, cancellationToken));
}
