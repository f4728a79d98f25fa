using System.ComponentModel.DataAnnotations;
using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using FluentValidation.Results;
using ValidationResult = FluentValidation.Results.ValidationResult;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using SNgV.Portal.Web.Features.Reminders;
using SNgV.Portal.Web.Features.Surveys;
using SNgV.Portal.Web.Infrastructure.Forms;

namespace SNgV.Portal.UnitTests;

/// <summary>The form conventions of ADR 0012: the ModelState glue, Vietnamese defaults named by [Display], dates as dd/mm/yyyy.</summary>
public sealed class FormsTests
{
    [Fact]
    public void FluentValidation_AspNetCore_11_puts_a_FluentValidation_12_result_into_ModelState_under_the_prefix()
    {
        // The pair in use: the package's last release (built against FluentValidation 11) on FluentValidation 12.
        Assert.Equal(12, typeof(ValidationResult).Assembly.GetName().Version!.Major);
        Assert.Equal(11, typeof(ValidationResultExtension).Assembly.GetName().Version!.Major);

        var result = new ValidationResult([new ValidationFailure("Name", "Tên đợt không được để trống."), new ValidationFailure("", "Cả biểu mẫu.")]);
        var prefixed = new ModelStateDictionary();
        result.AddToModelState(prefixed, "Input");
        var bare = new ModelStateDictionary();
        result.AddToModelState(bare, null);

        Assert.Equal("Tên đợt không được để trống.", Assert.Single(prefixed["Input.Name"]!.Errors).ErrorMessage);
        Assert.Equal("Cả biểu mẫu.", Assert.Single(prefixed["Input"]!.Errors).ErrorMessage);
        Assert.Equal("Tên đợt không được để trống.", Assert.Single(bare["Name"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void A_rule_without_its_own_message_speaks_Vietnamese_and_names_the_field_as_its_label_does()
    {
        var tooLong = new SurveyRoundInputValidator().Validate(new SurveyRoundInput
        {
            Name = new string('a', 201), Slug = "2019-q2", QuestionnaireId = 1, OpensOn = new DateOnly(2019, 4, 1), ClosesOn = new DateOnly(2019, 6, 30), ProcedureIds = [1],
        });

        Assert.Equal("Tên đợt không được dài quá 200 ký tự.", Assert.Single(tooLong.Errors).ErrorMessage);
    }

    [Fact]
    public void A_reminder_too_long_keeps_the_message_the_Office_knew()
    {
        var length = SNgV.Portal.Web.Data.FieldLengths.LongText;
        var rule = new InlineValidator<ReminderInput>();
        rule.RuleFor(x => x.Message).MaximumLength(length);

        Assert.Equal($"Nội dung đôn đốc không được dài quá {length} ký tự.",
            Assert.Single(rule.Validate(new ReminderInput { Message = new string('x', length + 1) }).Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("15/12/2018", 2018, 12, 15)]
    [InlineData("5/1/2019", 2019, 1, 5)]
    [InlineData("05-01-2019", 2019, 1, 5)]
    [InlineData("2019-01-05", 2019, 1, 5)] // links and bookmarks from before carry the ISO form
    public async Task A_date_binds_as_day_month_year_whatever_the_culture(string text, int year, int month, int day)
    {
        var (context, _) = await BindAsync(text, "en-US");

        Assert.True(context.Result.IsModelSet);
        Assert.Equal(new DateOnly(year, month, day), context.Result.Model);
        Assert.Equal(0, context.ModelState.ErrorCount);
    }

    [Fact]
    public async Task Text_that_is_no_date_stays_unbound_with_one_message_naming_the_field()
    {
        var (context, key) = await BindAsync("31/02/2019", "vi-VN");

        Assert.False(context.Result.IsModelSet);
        Assert.Equal("Từ ngày phải có dạng ngày/tháng/năm, ví dụ 20/01/2020.", Assert.Single(context.ModelState[key]!.Errors).ErrorMessage);
        Assert.Equal("31/02/2019", context.ModelState[key]!.AttemptedValue);
    }

    [Fact]
    public async Task An_empty_date_is_no_value_and_no_error()
    {
        var (context, _) = await BindAsync("", "vi-VN");

        Assert.False(context.Result.IsModelSet);
        Assert.Equal(0, context.ModelState.ErrorCount);
    }

    // MVC's own metadata, which reads [Display] as the views and the binder see it.
    private static readonly IModelMetadataProvider MetadataProvider = new ServiceCollection()
        .AddLogging()
        .AddMvcCore().AddDataAnnotations().Services
        .BuildServiceProvider()
        .GetRequiredService<IModelMetadataProvider>();

    private static async Task<(DefaultModelBindingContext Context, string Key)> BindAsync(string text, string culture)
    {
        const string key = "Input.OpensOn";
        var metadata = MetadataProvider.GetMetadataForProperty(typeof(SurveyRoundInput), nameof(SurveyRoundInput.OpensOn));
        var values = new QueryCollection(new Dictionary<string, StringValues> { [key] = text });
        var context = new DefaultModelBindingContext
        {
            ModelName = key,
            ModelMetadata = metadata,
            ModelState = new ModelStateDictionary(),
            ValueProvider = new QueryStringValueProvider(BindingSource.Query, values, CultureInfo.GetCultureInfo(culture)),
        };
        await new DateOnlyModelBinder().BindModelAsync(context);
        return (context, key);
    }

    private sealed class Labelled
    {
        [Display(Name = "Ghi chú")]
        public string? Note { get; set; }

        [Display(Name = "Năm")]
        public int Year { get; set; }
    }
}
