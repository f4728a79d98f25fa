using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace SNgV.Portal.Web.Infrastructure.Forms;

/// <summary>
/// One form field from its model expression: label (the property's [Display] name unless <c>label</c> says otherwise),
/// input, select (with <c>asp-items</c>, the option of the model's value selected) or textarea, hint, validation message,
/// and <c>aria-describedby</c> naming the hint and the message. Names and ids are MVC's (Input.Name, Input_Name), so
/// posts bind and the error summary's links land on the field. A DateOnly is a text box typed as dd/mm/yyyy
/// (<see cref="DateInput"/>), never the browser's date picker, whose order follows the browser's language.
/// Attributes not listed here (maxlength, autocomplete, rows, min…) go to the control.
/// </summary>
[HtmlTargetElement("field", Attributes = ForAttribute, TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    private const string ForAttribute = "asp-for";

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    /// <summary>The options of a select; the one equal to the model's value is selected.</summary>
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>An option without value shown first in a select ("— Chọn đơn vị —").</summary>
    [HtmlAttributeName("empty-option")]
    public string? EmptyOption { get; set; }

    /// <summary>Label text when the form says it differently from the property's [Display] name.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>Markup added after the label text, inside the label (a unit, a note in a smaller font).</summary>
    [HtmlAttributeName("label-suffix")]
    public IHtmlContent? LabelSuffix { get; set; }

    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>"textarea", or an input type (text by default; number, email, password, file…). Dates need none: they are typed day first.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>Classes of the wrapping div (mb-3 by default; col-md-6… inside a row).</summary>
    [HtmlAttributeName("class")]
    public string? WrapperClass { get; set; }

    private bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var childContent = await output.GetChildContentAsync();
        // readonly="@(!isNew)": false or null leaves the attribute out, as on any element.
        var controlAttributes = output.Attributes
            .Where(a => a.ValueStyle == HtmlAttributeValueStyle.Minimized || a.Value is not (null or false))
            .ToDictionary(a => a.Name, a => a.Value switch
            {
                _ when a.ValueStyle == HtmlAttributeValueStyle.Minimized => a.Name,
                true => a.Name,
                IHtmlContent html => Html(html),
                var value => value.ToString(),
            }, StringComparer.OrdinalIgnoreCase);

        var expression = For.Name;
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression);
        var id = TagBuilder.CreateSanitizedId(fullName, generator.IdAttributeDotReplacement);
        var hintId = $"{id}-hint";
        var errorId = $"{id}-error";

        var describedBy = new List<string>();
        if (controlAttributes.Remove("aria-describedby", out var extra) && !string.IsNullOrWhiteSpace(extra))
        {
            describedBy.Add(extra);
        }
        if (Hint is not null)
        {
            describedBy.Add(hintId);
        }
        describedBy.Add(errorId);

        // A required field gets a red asterisk in its label and aria-required on its control.
        Required = controlAttributes.ContainsKey("required");
        var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in controlAttributes)
        {
            attributes[name] = value;
        }
        attributes["aria-describedby"] = string.Join(' ', describedBy);
        if (Required)
        {
            attributes["aria-required"] = "true";
        }
        if (ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.Errors.Count > 0)
        {
            attributes["aria-invalid"] = "true";
        }

        var control = Control(expression, attributes, childContent);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", WrapperClass ?? "mb-3");
        output.Content.Clear();
        output.Content.AppendHtml(LabelTag(expression));
        output.Content.AppendHtml(control);
        if (Hint is not null)
        {
            var hint = new TagBuilder("div");
            hint.Attributes["id"] = hintId;
            hint.AddCssClass("form-text");
            hint.InnerHtml.Append(Hint);
            output.Content.AppendHtml(hint);
        }
        var message = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, expression, message: null, tag: "span",
            htmlAttributes: new Dictionary<string, object?> { ["class"] = "text-danger small", ["id"] = errorId });
        output.Content.AppendHtml(message);
    }

    private TagBuilder LabelTag(string expression)
    {
        var text = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? expression;
        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, expression, labelText: text,
            htmlAttributes: new Dictionary<string, object?> { ["class"] = "form-label" });
        if (LabelSuffix is not null)
        {
            label.InnerHtml.AppendHtml(" ").AppendHtml(LabelSuffix);
        }
        if (Required)
        {
            label.InnerHtml.AppendHtml(" <span class=\"text-danger\" aria-hidden=\"true\">*</span>");
        }
        return label;
    }

    private TagBuilder Control(string expression, Dictionary<string, object?> attributes, TagHelperContent childContent)
    {
        if (Items is not null || !childContent.IsEmptyOrWhiteSpace)
        {
            attributes["class"] = Classes("form-select", attributes);
            var select = generator.GenerateSelect(ViewContext, For.ModelExplorer, EmptyOption, expression, Items ?? [], allowMultiple: false, attributes);
            if (!childContent.IsEmptyOrWhiteSpace)
            {
                // Options written in the view (a "— Chọn —" with a value of its own) come before the generated ones.
                var options = new HtmlContentBuilder();
                options.AppendHtml(childContent);
                select.InnerHtml.MoveTo(options);
                select.InnerHtml.AppendHtml(options);
            }
            return select;
        }

        attributes["class"] = Classes("form-control", attributes);
        if (string.Equals(Type, "textarea", StringComparison.OrdinalIgnoreCase))
        {
            var rows = attributes.Remove("rows", out var r) && int.TryParse(r?.ToString(), out var n) ? n : 3;
            var textarea = generator.GenerateTextArea(ViewContext, For.ModelExplorer, expression, rows, columns: 0, attributes);
            textarea.Attributes.Remove("cols");
            return textarea;
        }

        if (string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase) || For.Metadata.DataTypeName == nameof(DataType.Password))
        {
            // A password is never written back into the page, not even after a failed post.
            return generator.GeneratePassword(ViewContext, For.ModelExplorer, expression, value: null, attributes);
        }

        var modelType = Nullable.GetUnderlyingType(For.Metadata.ModelType) ?? For.Metadata.ModelType;
        string? format = null;
        if (modelType == typeof(DateOnly))
        {
            attributes["type"] = "text";
            attributes.TryAdd("inputmode", "numeric");
            attributes.TryAdd("placeholder", "dd/mm/yyyy");
            attributes.TryAdd("pattern", DateInput.Pattern);
            attributes.TryAdd("autocomplete", "off");
            format = "{0:" + DateInput.Format + "}";
        }
        else if (modelType == typeof(DateTime))
        {
            attributes["type"] = "text";
            attributes.TryAdd("placeholder", "dd/mm/yyyy hh:mm");
            attributes.TryAdd("pattern", DateInput.DateTimePattern);
            attributes.TryAdd("autocomplete", "off");
            format = "{0:" + DateInput.DateTimeFormat + "}";
        }
        else
        {
            attributes["type"] = Type ?? "text";
        }

        // A file box never shows a value; the others show the model's, formatted as the box expects.
        var value = Type == "file" ? null : For.Model is IFormattable formattable && format is not null
            ? string.Format(CultureInfo.InvariantCulture, format, formattable)
            : For.Model;
        return generator.GenerateTextBox(ViewContext, For.ModelExplorer, expression, value, format: null, attributes);
    }

    private static string Classes(string control, Dictionary<string, object?> attributes) =>
        attributes.TryGetValue("control-class", out var more) && attributes.Remove("control-class") ? $"{control} {more}" : control;

    private static string Html(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}
