package com.example.feed.api;

import java.util.List;

public record PostView(long id, String title, List<String> tags) {
}
