package com.example.notes.data

import androidx.room.Dao
import androidx.room.Query

@Dao
interface NoteDao {
    @Query("SELECT * FROM notes WHERE folderId IN (:folderIds)")
    suspend fun notesInAll(folderIds: List<Long>): List<Note>
}
