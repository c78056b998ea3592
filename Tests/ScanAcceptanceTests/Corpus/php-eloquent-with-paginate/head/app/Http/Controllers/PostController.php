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
        $posts = Post::with('author')->where('blog_id', $blogId)->latest()->paginate(20);
        $authors = [];
        foreach ($posts as $post) {
            $authors[$post->id] = $post->author->name;
        }
        return view('posts.index', ['posts' => $posts, 'authors' => $authors]);
    }
}
