using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SNgV.Portal.Web.Data;
using SNgV.Portal.Web.Infrastructure;
using SNgV.Portal.Web.Infrastructure.Authorization;

namespace SNgV.Portal.Web.Features.Questionnaires;

/// <summary>"Mẫu phiếu khảo sát": the administrator lists the questionnaire versions and corrects their wording.</summary>
[Authorize(Policies.CanEditQuestionnaires)]
[Route("quan-tri/mau-phieu-khao-sat")]
public sealed class QuestionnairesController(QuestionnaireService questionnaires) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await questionnaires.ListAsync(cancellationToken));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await questionnaires.FormAsync(id, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Input")] QuestionnaireInput input, CancellationToken cancellationToken)
    {
        var conflict = false;
        if (ModelState.IsValid)
        {
            var result = await questionnaires.SaveAsync(id, input, cancellationToken);
            if (result.Status == SaveStatus.NotFound)
            {
                return NotFound();
            }

            if (ModelState.Saved(result) && result.Value is { } saved)
            {
                TempData.SetStatus(saved.Change switch
                {
                    QuestionnaireChange.Unchanged => $"Không có nội dung nào thay đổi; mẫu phiếu phiên bản {saved.Version} giữ nguyên.",
                    QuestionnaireChange.Corrected => $"Đã sửa trực tiếp nội dung mẫu phiếu phiên bản {saved.Version} (phiên bản này chưa có phiếu trả lời).",
                    _ => $"Phiên bản cũ đã có {saved.Responses} phiếu trả lời nên được giữ nguyên; đã tạo mẫu phiếu phiên bản {saved.Version} với nội dung đã sửa. "
                        + "Các đợt khảo sát đang dùng phiên bản cũ vẫn giữ phiên bản đó; Văn phòng chọn phiên bản mới khi tạo đợt khảo sát mới.",
                });
                return RedirectToAction(nameof(Index));
            }

            conflict = result.Status == SaveStatus.Conflict;
        }

        if (conflict)
        {
            // The page shows the stamp of the version as stored now, not the posted one the hidden field would put back.
            ModelState.Remove($"Input.{nameof(QuestionnaireInput.Stamp)}");
        }

        var model = await questionnaires.FormAsync(id, input, cancellationToken, afterConflict: conflict);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(model);
    }
}
