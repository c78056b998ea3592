package com.example.auth;

public record Role(String name, int rank) {
}
