using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SNgV.Portal.Web.Infrastructure.Forms;

/// <summary>
/// Binds every posted or queried string trimmed and in Unicode NFC, so "Hợp pháp hóa" typed on a Mac (decomposed) and on
/// Windows (composed) is stored, searched and compared as one text, and services never clean input themselves. Blank text
/// binds as null. Passwords (<c>[DataType(DataType.Password)]</c>) are bound exactly as typed.
/// </summary>
public sealed class CleanTextModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        bindingContext.Result = ModelBindingResult.Success(Clean(result.FirstValue, bindingContext.ModelMetadata.ConvertEmptyStringToNull));
        return Task.CompletedTask;
    }

    public static string? Clean(string? text, bool blankAsNull = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return blankAsNull ? null : "";
        }

        return text.Trim().Normalize(NormalizationForm.FormC);
    }
}

public sealed class CleanTextModelBinderProvider : IModelBinderProvider
{
    private static readonly CleanTextModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
        && context.Metadata.DataTypeName != nameof(DataType.Password)
        && context.BindingInfo.BindingSource != BindingSource.Body
            ? Binder
            : null;
}
