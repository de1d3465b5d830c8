"""Task routes. Each handler cites the spec it implements."""

from fastapi import APIRouter, Depends, HTTPException, status

router = APIRouter(prefix="/api/tasks", tags=["tasks"])


# Per @specs/api/tasks.md GET /api/tasks
@router.get("")
def list_tasks(user_id: int = Depends(current_user_id)):
    ...


# Per @specs/api/tasks.md GET /api/tasks/{task_id}
# Another user's task answers 404: @specs/auth/jwt.md#ownership
@router.get("/{task_id}")
def read_task(task_id: int, user_id: int = Depends(current_user_id)):
    ...
