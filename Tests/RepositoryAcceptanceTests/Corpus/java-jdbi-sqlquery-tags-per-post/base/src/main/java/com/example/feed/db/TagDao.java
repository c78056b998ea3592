package com.example.feed.db;

import java.util.List;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

public interface TagDao {
    @SqlQuery("SELECT name FROM tags t JOIN post_tags pt ON pt.tag_id = t.id WHERE pt.post_id = :postId")
    List<String> tagsForPost(@Bind("postId") long postId);
}
