using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Files;

namespace SNgV.Portal.Web.Features.Recruitment;

/// <summary>"Tuyển dụng": recruitment notices of foreign organisations, open and archived, with the guidance for applicants.</summary>
[AllowAnonymous, Bilingual]
[Route("tuyen-dung")]
public sealed class PublicRecruitmentController(RecruitmentService recruitment, PortalAddress address) : Controller
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery(Name = "to-chuc")] string? organisation, [FromQuery(Name = "noi-lam-viec")] string? place, [FromQuery(Name = "trang")] int page = 1, CancellationToken cancellationToken = default) =>
        await ListAsync(new RecruitmentFilter(organisation, place, Archive: false, page), cancellationToken);

    [HttpGet("luu-tru")]
    public async Task<IActionResult> Archive([FromQuery(Name = "to-chuc")] string? organisation, [FromQuery(Name = "noi-lam-viec")] string? place, [FromQuery(Name = "trang")] int page = 1, CancellationToken cancellationToken = default) =>
        await ListAsync(new RecruitmentFilter(organisation, place, Archive: true, page), cancellationToken);

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await recruitment.PublicNoticeAsync(id, cancellationToken) is { } notice ? View(notice) : NotFound();

    [HttpGet("{id:int}/mo-ta-cong-viec")]
    public async Task<IActionResult> JobDescription(int id, CancellationToken cancellationToken) =>
        await recruitment.JobDescriptionAsync(id, cancellationToken) is { } file
            ? File(file.Content, EvidenceFileTypes.Pdf.ContentType, file.FileName)
            : NotFound();

    /// <summary>The Atom feed (RFC 4287) of the latest notices, for newsrooms and job boards that follow the department.</summary>
    [HttpGet("atom.xml")]
    public async Task<IActionResult> Feed(CancellationToken cancellationToken)
    {
        var notices = await recruitment.FeedAsync(50, cancellationToken);
        var self = address.Of(Url.Action(nameof(Feed))!);
        var updated = notices.Count == 0 ? new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc) : notices.Max(n => n.Notice.UpdatedAtUtc);
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "id", self),
            new XElement(Atom + "title", "Tin tuyển dụng — Sở Ngoại vụ tỉnh Quảng Trị"),
            new XElement(Atom + "subtitle", "Tuyển dụng lao động Việt Nam cho tổ chức, dự án nước ngoài và tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh"),
            new XElement(Atom + "updated", Timestamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Sở Ngoại vụ tỉnh Quảng Trị")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", self)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", address.Of(Url.Action(nameof(Index))!))),
            notices.Select(n =>
            {
                var link = address.Of(Url.Action(nameof(Details), new { id = n.Notice.Id })!);
                var deadline = n.Notice.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return new XElement(Atom + "entry",
                    new XElement(Atom + "id", link),
                    new XElement(Atom + "title", $"{n.Notice.Organisation}: {n.Notice.Position} ({n.Notice.Posts} người)"),
                    new XElement(Atom + "updated", Timestamp(n.Notice.UpdatedAtUtc)),
                    new XElement(Atom + "published", n.Notice.PublishedOn!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00"),
                    new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", link)),
                    new XElement(Atom + "summary", $"Nơi làm việc: {n.Notice.Place}. Hạn nộp hồ sơ: {deadline}." + (n.IsOpen ? "" : " Đã hết hạn nhận hồ sơ.")));
            }));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true };
        var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, settings))
        {
            await new XDocument(feed).SaveAsync(writer, cancellationToken);
        }

        stream.Position = 0;
        return File(stream, "application/atom+xml; charset=utf-8");
    }

    private async Task<IActionResult> ListAsync(RecruitmentFilter filter, CancellationToken cancellationToken) =>
        View("Index", await recruitment.PublicListAsync(filter, cancellationToken));

    private static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
