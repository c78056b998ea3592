package com.example.feed.api;

import com.example.feed.db.PostRow;
import com.example.feed.db.TagDao;
import java.util.List;
import java.util.stream.Collectors;

public class FeedResource {
    private final TagDao tagDao;

    public FeedResource(TagDao tagDao) {
        this.tagDao = tagDao;
    }

    public List<PostView> render(List<PostRow> posts) {
        return posts.stream().map(p -> new PostView(p.id(), p.title(), List.of())).collect(Collectors.toList());
    }
}
