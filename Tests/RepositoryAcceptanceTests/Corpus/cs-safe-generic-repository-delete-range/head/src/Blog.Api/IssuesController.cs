using Blog.Store;

namespace Blog.Api;

public class IssuesController
{
    private readonly IRepository<Comment> _comments;

    public IssuesController(IRepository<Comment> comments)
    {
        _comments = comments;
    }

    public async Task<bool> DeleteIssue(int id)
    {
        var comments = _comments.GetAll().Where(x => x.IssueId == id).ToList();
        var kept = new List<Comment>();
        foreach (var comment in comments)
        {
            if (comment.Pinned)
            {
                kept.Add(comment);
            }
        }
        await _comments.DeleteRange(comments.Except(kept));
        return true;
    }
}
