<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\Request;

class CommentImportController extends Controller
{
    public function store(Request $request, Post $post)
    {
        foreach ($request->input('comments', []) as $comment) {
            $post->comments()->create(['author' => $comment['author'], 'body' => $comment['body']]);
        }
        return response()->json(['received' => count($request->input('comments', []))]);
    }
}
