<?php

namespace App\Http\Controllers;

use App\Models\Post;
use App\Models\User;
use Illuminate\Http\Request;

class PostController extends Controller
{
    public function show(Post $post)
    {
        return view('posts.show', ['post' => $post]);
    }

    public function index(Request $request, int $blogId)
    {
        $posts = Post::where('blog_id', $blogId)->latest()->take(20)->get();
        $authors = [];
        foreach ($posts as $post) {
            $authors[$post->id] = User::find($post->user_id);
        }
        return view('posts.index', ['posts' => $posts, 'authors' => $authors]);
    }
}
