__all__ = ['public', 'listed']
public = 'public'
listed = 'listed'
unlisted = 'unlisted'
_private = 'private'
