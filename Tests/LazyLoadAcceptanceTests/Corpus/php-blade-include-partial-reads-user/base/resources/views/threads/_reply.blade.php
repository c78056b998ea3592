<div class="reply" id="reply-{{ $reply->id }}">
    <div class="body">{!! nl2br(e($reply->body)) !!}</div>
</div>
