using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument before the action, and puts its
/// messages into ModelState so that the views show them next to the fields and in the summary.
/// The package's automatic MVC validation is deprecated and refuses async rules, so the validators are called here,
/// asynchronously; only its ModelState glue (<c>AddToModelState</c>) is used (ADR 0012).
/// </summary>
public sealed class FluentValidationFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            if (!context.ActionArguments.TryGetValue(parameter.Name, out var argument) || argument is null)
            {
                continue;
            }

            var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
            if (context.HttpContext.RequestServices.GetService(validatorType) is not IValidator validator)
            {
                continue;
            }

            var prefix = parameter.BindingInfo?.BinderModelName;
            var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);

            // A field whose text could not be read (a date that is no date) keeps binding's message alone, not also
            // "please enter" for the value it then lacks.
            result.Errors.RemoveAll(e => context.ModelState.GetFieldValidationState(Key(prefix, e.PropertyName)) == ModelValidationState.Invalid);
            result.AddToModelState(context.ModelState, prefix);
        }

        await next();
    }

    private static string Key(string? prefix, string property) =>
        string.IsNullOrEmpty(prefix) ? property : string.IsNullOrEmpty(property) ? prefix : $"{prefix}.{property}";
}
