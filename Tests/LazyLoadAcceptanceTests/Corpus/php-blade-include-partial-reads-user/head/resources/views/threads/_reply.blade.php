<div class="reply" id="reply-{{ $reply->id }}">
    <strong>{{ $reply->user->name }}</strong>
    <div class="body">{!! nl2br(e($reply->body)) !!}</div>
</div>
