using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
            var outcome = await questionnaires.SaveAsync(id, input, cancellationToken);
            switch (outcome.Status)
            {
                case QuestionnaireSaveStatus.NotFound:
                    return NotFound();
                case QuestionnaireSaveStatus.Unchanged:
                    TempData.SetStatus($"Không có nội dung nào thay đổi; mẫu phiếu phiên bản {outcome.Version} giữ nguyên.");
                    return Redirect("/quan-tri/mau-phieu-khao-sat");
                case QuestionnaireSaveStatus.Corrected:
                    TempData.SetStatus($"Đã sửa trực tiếp nội dung mẫu phiếu phiên bản {outcome.Version} (phiên bản này chưa có phiếu trả lời).");
                    return Redirect("/quan-tri/mau-phieu-khao-sat");
                case QuestionnaireSaveStatus.NewVersion:
                    TempData.SetStatus($"Phiên bản cũ đã có {outcome.Responses} phiếu trả lời nên được giữ nguyên; đã tạo mẫu phiếu phiên bản {outcome.Version} với nội dung đã sửa. "
                        + "Các đợt khảo sát đang dùng phiên bản cũ vẫn giữ phiên bản đó; Văn phòng chọn phiên bản mới khi tạo đợt khảo sát mới.");
                    return Redirect("/quan-tri/mau-phieu-khao-sat");
                case QuestionnaireSaveStatus.Conflict:
                    ModelState.AddModelError(string.Empty, "Mẫu phiếu vừa được người khác sửa (hoặc đã có phiên bản mới hơn) sau khi Ông/Bà mở trang. Nội dung vừa nhập chưa được lưu; vui lòng mở lại trang để xem bản mới nhất rồi sửa lại.");
                    conflict = true;
                    break;
            }
        }

        var model = await questionnaires.FormAsync(id, input, cancellationToken);
        if (model is null)
        {
            return NotFound();
        }

        Response.StatusCode = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(model);
    }
}
