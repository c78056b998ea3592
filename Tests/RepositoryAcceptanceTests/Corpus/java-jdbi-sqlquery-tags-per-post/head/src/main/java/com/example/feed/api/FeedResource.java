package com.example.feed.api;

import com.example.feed.db.PostRow;
import com.example.feed.db.TagDao;
import java.util.ArrayList;
import java.util.List;

public class FeedResource {
    private final TagDao tagDao;

    public FeedResource(TagDao tagDao) {
        this.tagDao = tagDao;
    }

    public List<PostView> render(List<PostRow> posts) {
        List<PostView> views = new ArrayList<>();
        for (PostRow p : posts) {
            views.add(new PostView(p.id(), p.title(), tagDao.tagsForPost(p.id())));
        }
        return views;
    }
}
