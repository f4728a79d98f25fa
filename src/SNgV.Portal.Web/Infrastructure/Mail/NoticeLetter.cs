using System.Text;

namespace SNgV.Portal.Web.Infrastructure.Mail;

/// <summary>The one shape of every notice e-mail: greeting, what happened, where to see it, and that it is automatic.</summary>
public static class NoticeLetter
{
    /// <param name="addressee">The name after "Kính gửi".</param>
    /// <param name="paragraphs">What happened, one paragraph each.</param>
    /// <param name="seeIt">What the link shows, e.g. "Xem báo cáo".</param>
    /// <param name="url">The absolute address (see <see cref="Infrastructure.PortalAddress"/>).</param>
    public static string Write(string addressee, IEnumerable<string> paragraphs, string seeIt, string url)
    {
        var letter = new StringBuilder().Append("Kính gửi ").Append(addressee).Append(",\n\n");
        foreach (var paragraph in paragraphs)
        {
            letter.Append(paragraph).Append("\n\n");
        }

        return letter
            .Append(seeIt).Append(" trên Cổng thông tin của Sở Ngoại vụ tỉnh Quảng Trị (cần đăng nhập):\n")
            .Append(url).Append("\n\n")
            .Append("Thư này được gửi tự động từ Cổng thông tin, xin đừng trả lời thư này.\n")
            .ToString();
    }
}
