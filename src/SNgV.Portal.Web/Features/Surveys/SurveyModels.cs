using System.Globalization;
using SNgV.Portal.Web.Domain;

namespace SNgV.Portal.Web.Features.Surveys;

/// <summary>A text in both languages; the page shows the one of the current culture.</summary>
public readonly record struct Bilingual(string Vi, string En)
{
    public override string ToString() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" && En.Length > 0 ? En : Vi;
}

public sealed record QuestionnaireView(
    int Id,
    int Version,
    Bilingual Title,
    Bilingual OverallQuestion,
    IReadOnlyList<ElementView> Elements,
    IReadOnlyList<ProfileQuestionView> ProfileQuestions)
{
    public IEnumerable<CriterionView> Criteria => Elements.SelectMany(e => e.Criteria);
}

public sealed record ElementView(int Id, int Number, Bilingual Name, IReadOnlyList<CriterionView> Criteria);

/// <summary>A criterion with its code as printed on the form, e.g. "2.3".</summary>
public sealed record CriterionView(int Id, int ElementNumber, int Number, Bilingual Text)
{
    public string Code => $"{ElementNumber}.{Number}";
}

public sealed record ProfileQuestionView(int Id, string Code, Bilingual Text, IReadOnlyList<ProfileOptionView> Options);

public sealed record ProfileOptionView(int Id, string Code, Bilingual Text);

public sealed record ProcedureChoice(int Id, string Name);

public sealed record RoundView(int Id, string Name, string Slug, DateOnly OpensOn, DateOnly ClosesOn, bool IsOpen, int QuestionnaireId);

/// <summary>A round ready to be answered: its questionnaire and the procedures in scope.</summary>
public sealed record SurveyForm(RoundView Round, QuestionnaireView Questionnaire, IReadOnlyList<ProcedureChoice> Procedures);

public sealed record SurveyFormViewModel(SurveyForm Form, SurveyInput Input, string Action, ProcedureChoice? InvitedFor);

public enum SubmitStatus
{
    Saved,
    Invalid,
    TooMany,
    InvitationUsed,
}

public sealed record SubmitOutcome(SubmitStatus Status, string? ReferenceNumber = null);

public static class SurveyText
{
    public static readonly IReadOnlyList<(int Score, string Vi, string En)> Scale =
    [
        (1, "Rất không hài lòng", "Very dissatisfied"),
        (2, "Không hài lòng", "Dissatisfied"),
        (3, "Bình thường", "Neutral"),
        (4, "Hài lòng", "Satisfied"),
        (5, "Rất hài lòng", "Very satisfied"),
    ];

    public static string ChannelName(SurveyChannel channel) => channel == SurveyChannel.Paper ? "Phiếu giấy" : "Trực tuyến";
}
