using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;

namespace SNgV.Portal.Web.Infrastructure;

/// <summary>
/// Runs the FluentValidation validator of every bound action argument before the action, and puts its
/// messages into ModelState so that the views show them next to the fields and in the summary.
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
            foreach (var error in result.Errors)
            {
                var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";
                context.ModelState.AddModelError(key, error.ErrorMessage);
            }
        }

        await next();
    }
}
