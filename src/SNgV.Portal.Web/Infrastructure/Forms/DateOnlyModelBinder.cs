using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SNgV.Portal.Web.Infrastructure.Forms;

/// <summary>
/// Binds a DateOnly as people type it (dd/MM/yyyy, see <see cref="DateInput"/>), whatever the request culture; the ISO
/// form (yyyy-MM-dd) that links and the browser's date picker send is read too. Text that is no date leaves the field
/// unbound with one message naming it, so validators see no value and forms keep what was typed.
/// </summary>
public sealed class DateOnlyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.CompletedTask;
        }

        if (DateInput.TryParse(text, out var date)
            || DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
            return Task.CompletedTask;
        }

        var name = bindingContext.ModelMetadata.DisplayName ?? "Ngày";
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, InvalidDate(name));
        return Task.CompletedTask;
    }

    public static string InvalidDate(string name) => $"{name} phải có dạng ngày/tháng/năm, ví dụ 20/01/2020.";
}

/// <summary>The day-first binders for DateOnly and DateTime fields.</summary>
public sealed class DateOnlyModelBinderProvider : IModelBinderProvider
{
    private static readonly DateOnlyModelBinder DateBinder = new();
    private static readonly DateTimeModelBinder DateTimeBinder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) switch
        {
            var t when t == typeof(DateOnly) => DateBinder,
            var t when t == typeof(DateTime) => DateTimeBinder,
            _ => null,
        };
}

/// <summary>
/// Binds a DateTime as people type it (dd/MM/yyyy HH:mm, see <see cref="DateInput.TryParseDateTime"/>), whatever the
/// request culture; text that is no moment leaves the field unbound with one message naming it.
/// </summary>
public sealed class DateTimeModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        if (string.IsNullOrWhiteSpace(result.FirstValue))
        {
            return Task.CompletedTask;
        }

        if (DateInput.TryParseDateTime(result.FirstValue, out var moment))
        {
            bindingContext.Result = ModelBindingResult.Success(moment);
            return Task.CompletedTask;
        }

        var name = bindingContext.ModelMetadata.DisplayName ?? "Thời điểm";
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"{name} phải có dạng ngày/tháng/năm giờ:phút, ví dụ 20/01/2020 08:30.");
        return Task.CompletedTask;
    }
}
