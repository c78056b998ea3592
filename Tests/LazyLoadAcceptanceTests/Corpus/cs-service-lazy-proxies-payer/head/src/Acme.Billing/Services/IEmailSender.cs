namespace Acme.Billing.Services;

public interface IEmailSender
{
    Task QueueAsync(string to, string subject);
}
