namespace SNgV.Portal.Web.Domain;

/// <summary>One of the plan's areas of solutions (nội dung và giải pháp, II.1 … II.7).</summary>
public class SolutionArea : IConcurrencyStamped, IAudited
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>Position within section II: 1 for II.1.</summary>
    public int Number { get; set; }

    public string Title { get; set; } = "";

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public List<PlanTask> Tasks { get; set; } = [];

    public string Code => CodeOf(Number);

    /// <summary>The code of an area in the plan and in every list, report and notice: "II.3".</summary>
    public static string CodeOf(int areaNumber) => $"II.{areaNumber}";
}
