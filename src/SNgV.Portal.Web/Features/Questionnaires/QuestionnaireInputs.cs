using FluentValidation;
using SNgV.Portal.Web.Data;

namespace SNgV.Portal.Web.Features.Questionnaires;

/// <summary>
/// The wording of one questionnaire version as the administrator corrects it. The structure (which elements,
/// criteria, profile questions and options, and their order) is the version's own: only the texts are posted,
/// each with the id of the row it belongs to and its number for the messages.
/// </summary>
public sealed class QuestionnaireInput
{
    public string? Title { get; set; }

    public string? TitleEn { get; set; }

    public string? OverallQuestion { get; set; }

    public string? OverallQuestionEn { get; set; }

    public List<ElementInput> Elements { get; set; } = [];

    public List<ProfileQuestionInput> ProfileQuestions { get; set; } = [];

    /// <summary>A hash of the version's texts and of its family's latest version number when the form was shown (see <see cref="QuestionnaireStamp"/>).</summary>
    public string? Stamp { get; set; }
}

public sealed class ElementInput
{
    public int Id { get; set; }

    public int Number { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public List<CriterionInput> Criteria { get; set; } = [];
}

public sealed class CriterionInput
{
    public int Id { get; set; }

    public int Number { get; set; }

    public string? Text { get; set; }

    public string? TextEn { get; set; }
}

public sealed class ProfileQuestionInput
{
    public int Id { get; set; }

    public int Number { get; set; }

    public string? Text { get; set; }

    public string? TextEn { get; set; }

    public List<ProfileOptionInput> Options { get; set; } = [];
}

public sealed class ProfileOptionInput
{
    public int Id { get; set; }

    public int Number { get; set; }

    public string? Text { get; set; }

    public string? TextEn { get; set; }
}

/// <summary>Rules shared by every bilingual text of the form: required in both languages, within the column's length.</summary>
internal static class BilingualRules
{
    public static void Text<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, string?>> field, int maxLength, Func<T, string> what)
    {
        validator.RuleFor(field)
            .NotEmpty().WithMessage(x => $"Vui lòng nhập {what(x)}.")
            .MaximumLength(maxLength).WithMessage(x => $"{Capitalise(what(x))} không được dài quá {maxLength} ký tự.");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

public sealed class QuestionnaireInputValidator : AbstractValidator<QuestionnaireInput>
{
    public QuestionnaireInputValidator()
    {
        BilingualRules.Text(this, x => x.Title, FieldLengths.ShortText, _ => "tên mẫu phiếu (tiếng Việt)");
        BilingualRules.Text(this, x => x.TitleEn, FieldLengths.ShortText, _ => "tên mẫu phiếu (tiếng Anh)");
        BilingualRules.Text(this, x => x.OverallQuestion, FieldLengths.Title, _ => "câu hỏi về mức độ hài lòng chung (tiếng Việt)");
        BilingualRules.Text(this, x => x.OverallQuestionEn, FieldLengths.Title, _ => "câu hỏi về mức độ hài lòng chung (tiếng Anh)");
        RuleForEach(x => x.Elements).SetValidator(new ElementInputValidator());
        RuleForEach(x => x.ProfileQuestions).SetValidator(new ProfileQuestionInputValidator());
    }
}

public sealed class ElementInputValidator : AbstractValidator<ElementInput>
{
    public ElementInputValidator()
    {
        BilingualRules.Text(this, x => x.Name, FieldLengths.ShortText, e => $"tên yếu tố {e.Number} (tiếng Việt)");
        BilingualRules.Text(this, x => x.NameEn, FieldLengths.ShortText, e => $"tên yếu tố {e.Number} (tiếng Anh)");
        RuleForEach(x => x.Criteria).SetValidator((ElementInput element, CriterionInput _) => CriterionRules(element.Number));
    }

    /// <summary>Built per element (an inline validator, so the assembly scan does not register it) to name the criterion "2.3".</summary>
    private static InlineValidator<CriterionInput> CriterionRules(int elementNumber)
    {
        var rules = new InlineValidator<CriterionInput>();
        BilingualRules.Text(rules, x => x.Text, FieldLengths.Title, c => $"nội dung tiêu chí {elementNumber}.{c.Number} (tiếng Việt)");
        BilingualRules.Text(rules, x => x.TextEn, FieldLengths.Title, c => $"nội dung tiêu chí {elementNumber}.{c.Number} (tiếng Anh)");
        return rules;
    }
}

public sealed class ProfileQuestionInputValidator : AbstractValidator<ProfileQuestionInput>
{
    public ProfileQuestionInputValidator()
    {
        BilingualRules.Text(this, x => x.Text, FieldLengths.ShortText, q => $"câu hỏi {q.Number} về người trả lời (tiếng Việt)");
        BilingualRules.Text(this, x => x.TextEn, FieldLengths.ShortText, q => $"câu hỏi {q.Number} về người trả lời (tiếng Anh)");
        RuleForEach(x => x.Options).SetValidator((ProfileQuestionInput question, ProfileOptionInput _) => OptionRules(question.Number));
    }

    private static InlineValidator<ProfileOptionInput> OptionRules(int questionNumber)
    {
        var rules = new InlineValidator<ProfileOptionInput>();
        BilingualRules.Text(rules, x => x.Text, FieldLengths.ShortText, o => $"lựa chọn {o.Number} của câu hỏi {questionNumber} về người trả lời (tiếng Việt)");
        BilingualRules.Text(rules, x => x.TextEn, FieldLengths.ShortText, o => $"lựa chọn {o.Number} của câu hỏi {questionNumber} về người trả lời (tiếng Anh)");
        return rules;
    }
}
